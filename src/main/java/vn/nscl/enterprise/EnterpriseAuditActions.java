package vn.nscl.enterprise;

/** The audit-log action codes of this module. */
final class EnterpriseAuditActions {

    static final String ENTERPRISE_REGISTERED = "ENTERPRISE_REGISTERED";
    static final String ENTERPRISE_OWNER_INVITED = "ENTERPRISE_OWNER_INVITED";
    static final String NOTE_WRITTEN = "NOTE_WRITTEN";
    static final String PROFILE_UPDATED = "PROFILE_UPDATED";
    static final String CONTACTS_CHANGED = "CONTACTS_CHANGED";
    static final String COLLEAGUE_ADDED = "COLLEAGUE_ADDED";
    static final String COLLEAGUE_REMOVED = "COLLEAGUE_REMOVED";
    static final String OCOP_ADDED = "OCOP_ADDED";
    static final String OCOP_REMOVED = "OCOP_REMOVED";
    static final String CERTIFICATION_ADDED = "CERTIFICATION_ADDED";
    static final String CERTIFICATION_REMOVED = "CERTIFICATION_REMOVED";
    static final String FIGURES_SAVED = "FIGURES_SAVED";
    static final String ENTERPRISE_CLAIMED = "ENTERPRISE_CLAIMED";
    static final String ENTERPRISE_VERIFIED = "ENTERPRISE_VERIFIED";
    static final String ENTERPRISE_VERIFICATION_REFUSED = "ENTERPRISE_VERIFICATION_REFUSED";
    static final String ENTERPRISE_CLAIM_GRANTED = "ENTERPRISE_CLAIM_GRANTED";
    static final String ENTERPRISE_CLAIM_REFUSED = "ENTERPRISE_CLAIM_REFUSED";

    private EnterpriseAuditActions() {
    }
}
