package vn.nscl.enterprise;

/** The audit-log action codes of this module. */
final class EnterpriseAuditActions {

    static final String ENTERPRISE_REGISTERED = "ENTERPRISE_REGISTERED";

    private EnterpriseAuditActions() {
    }
}
