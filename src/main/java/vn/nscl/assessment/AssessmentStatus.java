package vn.nscl.assessment;

/** A draft is being filled in and saved answer by answer; a submitted assessment is read-only. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED
}
