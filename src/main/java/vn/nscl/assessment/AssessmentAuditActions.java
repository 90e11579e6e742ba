package vn.nscl.assessment;

/** The audit-log action codes of this module. */
final class AssessmentAuditActions {

    static final String ASSESSMENT_STARTED = "ASSESSMENT_STARTED";
    static final String ASSESSMENT_SUBMITTED = "ASSESSMENT_SUBMITTED";
    static final String ASSESSMENT_DISCARDED = "ASSESSMENT_DISCARDED";
    static final String ASSESSMENT_RECORDED = "ASSESSMENT_RECORDED";

    private AssessmentAuditActions() {
    }
}
