package vn.nscl.security;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.TextRules;

/** Counts failed logins, locks an account after too many, and records every attempt in the audit log. */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, AuditLog audit, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    enum Outcome { FAILED, LOCKED }

    /** A wrong password (or an unknown e-mail). Returns whether the account is now locked. */
    @Transactional
    Outcome recordFailure(String typedEmail) {
        String email = TextRules.email(typedEmail);
        var found = accounts.findByEmailForUpdate(email);
        if (found.isEmpty()) {
            audit.recordAs(null, abbreviate(email), SecurityAuditActions.LOGIN_FAILURE, null, null, "unknown account");
            return Outcome.FAILED;
        }
        UserAccount account = found.get();
        boolean lockedNow = account.registerFailedLogin(clock.instant(), properties.maxFailedLogins(),
                properties.lockDuration());
        audit.recordAs(account.getId(), email, SecurityAuditActions.LOGIN_FAILURE, "account", account.getId(),
                "wrong password");
        if (lockedNow) {
            audit.recordAs(account.getId(), email, SecurityAuditActions.ACCOUNT_LOCKED, "account", account.getId(),
                    "locked for " + properties.lockDuration().toMinutes() + " minutes after "
                            + properties.maxFailedLogins() + " failed logins");
            return Outcome.LOCKED;
        }
        return account.isLockedAt(clock.instant()) ? Outcome.LOCKED : Outcome.FAILED;
    }

    /** A login refused before the password was checked (account locked or disabled). */
    @Transactional
    void recordRefused(String typedEmail, String reason) {
        String email = TextRules.email(typedEmail);
        Long accountId = accounts.findByEmail(email).map(UserAccount::getId).orElse(null);
        audit.recordAs(accountId, email, SecurityAuditActions.LOGIN_REFUSED, "account", accountId, reason);
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInAccount principal) {
            recordSuccess(principal.accountId());
        }
    }

    @Transactional
    void recordSuccess(long accountId) {
        accounts.findById(accountId).ifPresent(account -> {
            account.registerSuccessfulLogin(clock.instant());
            audit.recordAs(account.getId(), account.getEmail(), SecurityAuditActions.LOGIN_SUCCESS, "account",
                    account.getId(), null);
        });
    }

    /** What someone typed as an e-mail goes into the log; bound its length, it is not a verified address. */
    private static String abbreviate(String typed) {
        return typed.length() <= UserAccount.EMAIL_MAX_LENGTH ? typed : typed.substring(0, UserAccount.EMAIL_MAX_LENGTH);
    }
}
