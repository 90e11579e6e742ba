package vn.nscl.plan;

/** The audit-log action codes of this module. */
final class PlanAuditActions {

    static final String TARGET_UPDATED = "TARGET_UPDATED";
    static final String PARTNER_REPORT_SUBMITTED = "PARTNER_REPORT_SUBMITTED";
    static final String ANNUAL_REPORT_FILED = "ANNUAL_REPORT_FILED";
    static final String BASELINE_ENTERED = "BASELINE_ENTERED";
    static final String PARTNER_MEMBER_SET = "PARTNER_MEMBER_SET";
    static final String PARTNER_REMINDED = "PARTNER_REMINDED";
    static final String SHOWCASE_CONSENT = "SHOWCASE_CONSENT";
    static final String SHOWCASE_WITHDRAWN = "SHOWCASE_WITHDRAWN";
    static final String ANNUAL_REPORT = "ANNUAL_REPORT";

    private PlanAuditActions() {
    }
}
