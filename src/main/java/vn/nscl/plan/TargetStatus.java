package vn.nscl.plan;

/** Where a target stands in a year: reached; on the way at the expected pace; behind it; missed (a closed year or period); a year of the period still to come; nothing reported; a year outside the period. */
public enum TargetStatus {
    ACHIEVED, ON_TRACK, AT_RISK, NOT_ACHIEVED, NOT_STARTED, NO_DATA, OUT_OF_PERIOD
}
