package vn.nscl.matching;

/** Who chose the expert an offer went to. */
public enum ChosenBy {
    ENTERPRISE, OFFICER, AUTOMATIC
}
