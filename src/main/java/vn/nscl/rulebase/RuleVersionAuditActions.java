package vn.nscl.rulebase;

/** The audit-log action codes of rule versions, whatever their kind (the entry's target names the kind). */
final class RuleVersionAuditActions {

    static final String RULES_SHIPPED = "RULES_SHIPPED";
    static final String RULES_DRAFT_CREATED = "RULES_DRAFT_CREATED";
    static final String RULES_FILE_SAVED = "RULES_FILE_SAVED";
    static final String RULES_FILE_DELETED = "RULES_FILE_DELETED";
    static final String RULES_ACTIVATED = "RULES_ACTIVATED";
    static final String RULES_EXPORTED = "RULES_EXPORTED";

    private RuleVersionAuditActions() {
    }
}
