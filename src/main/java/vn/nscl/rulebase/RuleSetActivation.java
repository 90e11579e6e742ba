package vn.nscl.rulebase;

import java.time.Instant;

/** An activation of a version as the rules screen shows it: when, by whom (name), and why. */
public record RuleSetActivation(long versionId, Instant activatedAt, String activatedBy, String note) {

    /** The longest note an activation takes. */
    public static final int NOTE_MAX_LENGTH = 500;
}
