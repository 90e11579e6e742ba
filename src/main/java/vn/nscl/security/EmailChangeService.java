package vn.nscl.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.ClientRateLimit;
import vn.nscl.shared.EmailAddresses;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

/**
 * Đổi e-mail đăng nhập: the signed-in person gives their password and the new address; a link is mailed to the new
 * address and the old one is told. The account moves only when the link is followed, so a mistyped address or a
 * borrowed session cannot take the account away.
 */
@Service
public class EmailChangeService {

    static final Duration VALIDITY = Duration.ofDays(2);
    static final int REQUESTS_PER_DAY = 5;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountTokens tokens;
    private final SecurityMails mails;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final ClientRateLimit requests = new ClientRateLimit("email-change", REQUESTS_PER_DAY,
            Duration.ofDays(1));

    EmailChangeService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AccountTokens tokens,
            SecurityMails mails, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.mails = mails;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in account's address now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String currentEmail() {
        return account().getEmail();
    }

    /** Mails a confirmation link to the new address (valid two days) and a notice to the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void requestChange(String currentPassword, String typedEmail) {
        UserAccount account = account();
        if (!requests.allow("account:" + account.getId())) {
            throw new UserFacingException("account.email-change.error.too-many");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            audit.record(SecurityAuditActions.EMAIL_CHANGE_FAILED, "account", account.getId(), null);
            throw UserFacingException.ofFields(List.of(new FieldProblem("current", "password.error.current-wrong")));
        }
        String email = TextRules.email(typedEmail);
        if (email.isEmpty()) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("email", "error.required")));
        }
        if (email.length() > UserAccount.EMAIL_MAX_LENGTH || !EmailAddresses.valid(email)) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("email", "account.error.email-invalid")));
        }
        if (email.equals(account.getEmail())) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("email", "account.email-change.error.same")));
        }
        if (accounts.existsByEmail(email)) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("email", "account.error.email-taken")));
        }
        String token = tokens.issue(account.getId(), AccountToken.Purpose.CHANGE_EMAIL, VALIDITY, email);
        mails.confirmNewAddress(account, email, token, VALIDITY.toHours());
        mails.addressChangeRequested(account, email);
        audit.record(SecurityAuditActions.EMAIL_CHANGE_REQUESTED, "account", account.getId(), email);
    }

    /**
     * Follows the link: the account signs in with the new address from now on, which counts as confirmed. False when
     * the link is unknown, used or expired, or the address was taken by another account meanwhile.
     */
    @Transactional
    public boolean confirmChange(String token) {
        return tokens.redeemToken(token, AccountToken.Purpose.CHANGE_EMAIL).flatMap(t -> accounts
                .findById(t.getAccountId()).filter(UserAccount::isEnabled)
                .filter(a -> !accounts.existsByEmail(t.getNewEmail())).map(account -> {
                    String old = account.getEmail();
                    account.changeEmail(t.getNewEmail(), clock.instant());
                    audit.recordAs(account.getId(), account.getEmail(), SecurityAuditActions.EMAIL_CHANGED,
                            "account", account.getId(), old + " → " + account.getEmail());
                    mails.addressChanged(old, account);
                    events.publishEvent(new AccountEmailChanged(account.getId(), old, account.getEmail()));
                    return true;
                })).orElse(false);
    }

    private UserAccount account() {
        return accounts.findById(SignedIn.accountId()).orElseThrow(() -> new UserFacingException("error.not-found"));
    }
}
