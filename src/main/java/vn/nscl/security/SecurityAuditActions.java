package vn.nscl.security;

/** The audit-log action codes of this module; the audit view translates them ({@code audit.action.*}). */
final class SecurityAuditActions {

    static final String LOGIN_SUCCESS = "LOGIN_SUCCESS";
    static final String LOGIN_FAILURE = "LOGIN_FAILURE";
    static final String LOGIN_REFUSED = "LOGIN_REFUSED";
    static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    static final String LOGOUT = "LOGOUT";
    static final String ACCOUNT_REGISTERED = "ACCOUNT_REGISTERED";
    static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";
    static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    static final String EMAIL_CHANGE_REQUESTED = "EMAIL_CHANGE_REQUESTED";
    static final String EMAIL_CHANGE_FAILED = "EMAIL_CHANGE_FAILED";
    static final String EMAIL_CHANGED = "EMAIL_CHANGED";
    static final String PASSWORD_RESET_SENT = "PASSWORD_RESET_SENT";
    static final String COLLEAGUE_INVITED = "COLLEAGUE_INVITED";
    static final String COLLEAGUE_DISABLED = "COLLEAGUE_DISABLED";
    static final String ROLES_CHANGED = "ROLES_CHANGED";
    static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    static final String ACCOUNT_ENABLED = "ACCOUNT_ENABLED";
    static final String ACCOUNT_UNLOCKED = "ACCOUNT_UNLOCKED";
    static final String LANGUAGE_CHANGED = "LANGUAGE_CHANGED";
    static final String SESSION_REVOKED = "SESSION_REVOKED";
    static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";
    static final String EMAIL_CONFIRMED = "EMAIL_CONFIRMED";
    static final String ACCOUNT_UNLOCKED_BY_LINK = "ACCOUNT_UNLOCKED_BY_LINK";
    static final String REGISTRATION_EXISTING_EMAIL = "REGISTRATION_EXISTING_EMAIL";
    static final String PASSWORD_RESET_REQUESTED = "PASSWORD_RESET_REQUESTED";
    static final String PASSWORD_RESET = "PASSWORD_RESET";
    static final String PASSWORD_CHANGE_FAILED = "PASSWORD_CHANGE_FAILED";
    static final String PASSWORD_CHANGE_THROTTLED = "PASSWORD_CHANGE_THROTTLED";
    static final String PERSONAL_DATA_EXPORTED = "PERSONAL_DATA_EXPORTED";
    static final String PERSONAL_DATA_ERASURE_REQUESTED = "PERSONAL_DATA_ERASURE_REQUESTED";
    static final String PERSONAL_DATA_ERASED = "PERSONAL_DATA_ERASED";

    private SecurityAuditActions() {
    }
}
