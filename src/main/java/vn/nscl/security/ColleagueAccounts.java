package vn.nscl.security;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * The accounts of an enterprise's colleagues, for the enterprise module (which decides who may invite whom): an
 * invited colleague gets an enterprise account whose password nobody knows and a mailed link, valid seven days, to
 * set their own; a colleague who leaves is disabled.
 */
@Service
public class ColleagueAccounts {

    private final UserAccountRepository accounts;
    private final AccountService accountService;
    private final AccountTokens tokens;
    private final SecurityMails mails;
    private final AuditLog audit;
    private final Clock clock;

    ColleagueAccounts(UserAccountRepository accounts, AccountService accountService, AccountTokens tokens,
            SecurityMails mails, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.tokens = tokens;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** A colleague as the enterprise's list shows them; {@code joined} once they set their password. */
    public record Colleague(long accountId, String email, String displayName, String phone, boolean joined,
            boolean enabled) {
    }

    /**
     * Opens the colleague's account inside the caller's transaction and mails the invitation. Problems with the name,
     * address or phone come back together, at their fields; an address that already has an account is refused (the
     * inviter knows the person, and a second login for one address cannot exist).
     */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(propagation = Propagation.MANDATORY)
    public long invite(String displayName, String email, String phone, String enterpriseName) {
        return open(displayName, email, phone, enterpriseName);
    }

    /**
     * DOST invites the owner of an enterprise it entered from a paper form: the same account and mail as for a
     * colleague, the officer named as the one inviting.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public long inviteOwner(String displayName, String email, String phone, String enterpriseName) {
        return open(displayName, email, phone, enterpriseName);
    }

    private long open(String displayName, String email, String phone, String enterpriseName) {
        UserAccount account = accountService.openInvited(new NewAccount(email, null, displayName, phone, "",
                Locale.forLanguageTag("vi")), EnumSet.of(Role.ENTERPRISE));
        String inviter = SignedIn.actorName();
        mails.invitation(account, enterpriseName, inviter, tokens.issue(account.getId(),
                AccountToken.Purpose.RESET_PASSWORD, AccountTokens.INVITATION_VALIDITY));
        audit.record(SecurityAuditActions.COLLEAGUE_INVITED, "account", account.getId(), account.getEmail());
        return account.getId();
    }

    /**
     * A colleague who left: they can no longer sign in, and their open sessions end. The enterprise module checks
     * that the account is a colleague of the caller's enterprise; here, only an enterprise login can be closed this
     * way, never a DOST or expert account.
     */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void disable(long accountId) {
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        if (!account.getRoles().equals(Set.of(Role.ENTERPRISE))) {
            throw new AccessDeniedException("Account " + accountId + " is not an enterprise colleague's");
        }
        account.disable(clock.instant());
        audit.record(SecurityAuditActions.COLLEAGUE_DISABLED, "account", accountId, account.getEmail());
    }

    /**
     * The given colleagues' accounts, by id. Staff only: the enterprise module picks its own colleagues' ids and
     * asks inside {@code SystemTask.run}.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, Colleague> describe(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().map(a -> new Colleague(a.getId(), a.getEmail(),
                a.getDisplayName(), a.getPhone(), a.isEmailConfirmed(), a.isEnabled()))
                .collect(Collectors.toMap(Colleague::accountId, Function.identity()));
    }
}
