package vn.nscl.matching;

/** Who wrote a message on a request: the enterprise, the expert working on it, or DOST. */
public enum MessageSide {
    ENTERPRISE, EXPERT, OFFICER
}
