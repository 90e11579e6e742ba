package vn.nscl.training;

/** The audit-log action codes of this module. */
final class TrainingAuditActions {

    static final String COURSE_PUBLISHED = "COURSE_PUBLISHED";
    static final String COURSE_UPDATED = "COURSE_UPDATED";
    static final String COURSE_CANCELLED = "COURSE_CANCELLED";
    static final String STAFF_REGISTERED = "STAFF_REGISTERED";
    static final String STAFF_UNREGISTERED = "STAFF_UNREGISTERED";
    static final String ATTENDANCE_RECORDED = "ATTENDANCE_RECORDED";
    static final String CERTIFICATES_ISSUED = "CERTIFICATES_ISSUED";
    static final String CERTIFICATE_REISSUED = "CERTIFICATE_REISSUED";

    private TrainingAuditActions() {
    }
}
