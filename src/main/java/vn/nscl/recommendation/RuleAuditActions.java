package vn.nscl.recommendation;

/** The audit-log action codes of this module (the rule versions' own are the rule base's). */
final class RuleAuditActions {

    static final String RULES_DRY_RUN = "RULES_DRY_RUN";
    static final String CASE_SAVED = "ADVICE_CASE_SAVED";
    static final String CASE_DELETED = "ADVICE_CASE_DELETED";

    private RuleAuditActions() {
    }
}
