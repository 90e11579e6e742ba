package vn.nscl.assessment;

/** An answer as stored, with the version a later change must name. */
public record StoredAnswer(String questionCode, Integer level, boolean notApplicable, long version) {
}
