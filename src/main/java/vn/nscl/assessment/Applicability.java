package vn.nscl.assessment;

/** Conditions under which a dimension is asked; a dimension listing several is asked when any one holds. */
public enum Applicability {
    /** VSIC section A: agriculture, forestry and fisheries. */
    AGRICULTURE,
    /** The enterprise produces or processes food or drink (a profile answer). */
    FOOD_PRODUCER
}
