package vn.nscl.security;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.TextRules;

/**
 * Counts failed logins, locks an account after too many from anywhere (and mails its owner a link that lifts the
 * lock), and records every attempt in the audit log. What someone typed as an e-mail is recorded only when it is an
 * account's address; otherwise a hash stands for it, so a password typed into the e-mail field never lands in the log.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final SecurityMails mails;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, AccountTokens tokens, SecurityMails mails, AuditLog audit,
            SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** A wrong password or an unknown e-mail. */
    @Transactional
    void recordFailure(String typedEmail) {
        String email = TextRules.email(typedEmail);
        var found = accounts.findByEmailForUpdate(email);
        if (found.isEmpty()) {
            audit.recordAs(null, unknownAccount(email), SecurityAuditActions.LOGIN_FAILURE, null, null,
                    "tài khoản không tồn tại");
            return;
        }
        UserAccount account = found.get();
        boolean lockedNow = account.registerFailedLogin(clock.instant(), properties.accountLockFailures(),
                properties.lockDuration());
        audit.recordAs(account.getId(), email, SecurityAuditActions.LOGIN_FAILURE, "account", account.getId(),
                "sai mật khẩu");
        if (lockedNow) {
            account.mayNotice(clock.instant()); // this mail is the day's notice: later refusals do not replace its link
            audit.recordAs(account.getId(), email, SecurityAuditActions.ACCOUNT_LOCKED, "account", account.getId(),
                    "khóa " + properties.lockDuration().toMinutes() + " phút sau "
                            + properties.accountLockFailures() + " lần đăng nhập sai");
            mails.locked(account, tokens.issue(account.getId(), AccountToken.Purpose.UNLOCK,
                    AccountTokens.UNLOCK_VALIDITY), properties.lockDuration().toMinutes());
        }
    }

    /** A login refused before or after the password was checked; the owner is told by mail (at most daily). */
    @Transactional
    void recordRefused(String typedEmail, String reason) {
        String email = TextRules.email(typedEmail);
        var account = accounts.findByEmailForUpdate(email);
        audit.recordAs(account.map(UserAccount::getId).orElse(null), account.isPresent() ? email
                : unknownAccount(email), SecurityAuditActions.LOGIN_REFUSED, "account",
                account.map(UserAccount::getId).orElse(null), reason);
        account.filter(a -> a.mayNotice(clock.instant())).ifPresent(a -> {
            switch (reason) {
                case "locked" -> mails.locked(a, tokens.issue(a.getId(), AccountToken.Purpose.UNLOCK,
                        AccountTokens.UNLOCK_VALIDITY), properties.lockDuration().toMinutes());
                case "disabled" -> mails.disabledLoginTried(a);
                case "unconfirmed" -> mails.confirmAddress(a, tokens.issue(a.getId(),
                        AccountToken.Purpose.CONFIRM_EMAIL, AccountTokens.CONFIRM_VALIDITY));
                default -> { }
            }
        });
    }

    /** A login refused because the address tried too often. */
    @Transactional
    void recordThrottled(String typedEmail) {
        String email = TextRules.email(typedEmail);
        var account = accounts.findByEmail(email);
        audit.recordAs(account.map(UserAccount::getId).orElse(null), account.isPresent() ? email
                : unknownAccount(email), SecurityAuditActions.LOGIN_THROTTLED, null, null, "quá nhiều lần thử");
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

    /** What stands in the log for an e-mail that has no account: a short hash, never the typed text. */
    static String unknownAccount(String typed) {
        return "unknown:" + AccountTokens.hash(typed).substring(0, 16);
    }
}
