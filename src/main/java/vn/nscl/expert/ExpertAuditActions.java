package vn.nscl.expert;

/** The audit-log action codes of this module. */
final class ExpertAuditActions {

    static final String EXPERT_REGISTERED = "EXPERT_REGISTERED";

    private ExpertAuditActions() {
    }
}
