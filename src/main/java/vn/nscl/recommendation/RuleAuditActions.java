package vn.nscl.recommendation;

/** The audit-log action codes of this module. */
final class RuleAuditActions {

    static final String RULES_DRAFT_CREATED = "RULES_DRAFT_CREATED";
    static final String RULES_FILE_SAVED = "RULES_FILE_SAVED";
    static final String RULES_FILE_DELETED = "RULES_FILE_DELETED";
    static final String RULES_DRY_RUN = "RULES_DRY_RUN";
    static final String RULES_ACTIVATED = "RULES_ACTIVATED";
    static final String RULES_EXPORTED = "RULES_EXPORTED";
    static final String CASE_SAVED = "ADVICE_CASE_SAVED";
    static final String CASE_DELETED = "ADVICE_CASE_DELETED";

    private RuleAuditActions() {
    }
}
