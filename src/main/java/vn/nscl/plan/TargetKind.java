package vn.nscl.plan;

/** How a target's actual value is read against it. */
public enum TargetKind {
    /** Reached by the end of the period, counted from its first year (e.g. 5–10 experts by 2025). */
    CUMULATIVE,
    /** Each year of the period (e.g. at least one enterprise supported a year). */
    YEARLY,
    /** The yearly count's growth over the year before, in percent (e.g. +10–15 % a year). */
    GROWTH,
    /** An average per enterprise over everything so far (e.g. at least two trained staff per enterprise). */
    AVERAGE
}
