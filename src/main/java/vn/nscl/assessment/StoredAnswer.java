package vn.nscl.assessment;

/**
 * An answer as saved, with its version (for changes from two tabs). {@code carriedOver}: filled in from an assessment
 * submitted earlier the same year and not yet confirmed or changed by the enterprise.
 */
public record StoredAnswer(String questionCode, Integer level, boolean notApplicable, long version,
        boolean carriedOver) {
}
