package vn.nscl.support;

/** The audit-log action codes of this module. */
final class SupportAuditActions {

    static final String CALL_UPDATED = "CALL_UPDATED";
    static final String APPLICATION_STARTED = "APPLICATION_STARTED";
    static final String APPLICATION_SAVED = "APPLICATION_SAVED";
    static final String APPLICATION_ATTACHED = "APPLICATION_ATTACHED";
    static final String APPLICATION_DETACHED = "APPLICATION_DETACHED";
    static final String APPLICATION_SUBMITTED = "APPLICATION_SUBMITTED";
    static final String APPLICATION_ASSIGNED = "APPLICATION_ASSIGNED";
    static final String APPLICATION_WITHDRAWN = "APPLICATION_WITHDRAWN";
    static final String APPLICATION_CHECKLIST = "APPLICATION_CHECKLIST";
    static final String APPLICATION_NEEDS_INFO = "APPLICATION_NEEDS_INFO";
    static final String APPLICATION_FIRST_APPROVAL = "APPLICATION_FIRST_APPROVAL";
    static final String APPLICATION_APPROVED = "APPLICATION_APPROVED";
    static final String APPLICATION_REJECTED = "APPLICATION_REJECTED";
    static final String APPLICATION_REPORTED = "APPLICATION_REPORTED";
    static final String APPLICATIONS_EXPORTED = "APPLICATIONS_EXPORTED";

    private SupportAuditActions() {
    }
}
