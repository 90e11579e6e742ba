package vn.nscl.expert;

/** The audit-log action codes of this module. */
final class ExpertAuditActions {

    static final String EXPERT_REGISTERED = "EXPERT_REGISTERED";
    static final String EXPERT_PROFILE_SAVED = "EXPERT_PROFILE_SAVED";
    static final String EXPERT_SUBMITTED = "EXPERT_SUBMITTED";
    static final String EXPERT_VERIFIED = "EXPERT_VERIFIED";
    static final String EXPERT_REJECTED = "EXPERT_REJECTED";
    static final String EXPERT_CERTIFICATE_ADDED = "EXPERT_CERTIFICATE_ADDED";
    static final String EXPERT_CERTIFICATE_REMOVED = "EXPERT_CERTIFICATE_REMOVED";
    static final String EXPERT_CERTIFICATE_VERIFIED = "EXPERT_CERTIFICATE_VERIFIED";
    static final String EXPERT_CERTIFICATE_REJECTED = "EXPERT_CERTIFICATE_REJECTED";
    static final String EXPERT_DATA_EXPORTED = "EXPERT_DATA_EXPORTED";
    static final String EXPERT_DELETION_REQUESTED = "EXPERT_DELETION_REQUESTED";
    static final String EXPERT_DATA_ERASED = "EXPERT_DATA_ERASED";

    private ExpertAuditActions() {
    }
}
