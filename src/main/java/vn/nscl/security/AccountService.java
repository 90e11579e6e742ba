package vn.nscl.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.ClientRateLimit;
import vn.nscl.shared.EmailAddresses;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.PhoneNumbers;
import vn.nscl.shared.PreferredLanguageChosen;
import vn.nscl.shared.RequestOrigin;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;

/**
 * Opens and manages accounts. Self-registration gives only the enterprise or expert role; everything else is done by
 * an administrator. Every change is audited in the same transaction.
 */
@Service
public class AccountService {

    public static final int EMAIL_MAX_LENGTH = UserAccount.EMAIL_MAX_LENGTH;
    public static final int NAME_MAX_LENGTH = UserAccount.NAME_MAX_LENGTH;
    public static final int PHONE_MAX_LENGTH = UserAccount.PHONE_MAX_LENGTH;
    public static final int ORGANISATION_MAX_LENGTH = UserAccount.ORGANISATION_MAX_LENGTH;

    /** A practical e-mail check: something@domain.tld, no spaces; the mail server has the last word. */

    /** Password-reset mails asked for from one address, and for one e-mail, an hour. */
    static final int RESETS_PER_HOUR = 5;
    /** Attempts at changing one's password (typing the current one) per 15 minutes. */
    static final int PASSWORD_CHANGES_PER_QUARTER = 5;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    /** Hashes of the passwords of the seeding running on this thread ({@link #withOneHashPerPassword}). */
    private final ThreadLocal<java.util.Map<String, String>> seedingHashes = new ThreadLocal<>();
    private final AccountTokens tokens;
    private final SecurityMails mails;
    private final CurrentSession currentSession;
    private final AuditLog audit;
    private final Clock clock;
    /** Registrations from one address an hour: enough for a cooperative's office, too few to probe the register. */
    private final ClientRateLimit registrations;
    private final ClientRateLimit resets = new ClientRateLimit("password-reset", RESETS_PER_HOUR,
            Duration.ofHours(1));
    private final ClientRateLimit passwordChanges = new ClientRateLimit("password-change",
            PASSWORD_CHANGES_PER_QUARTER, Duration.ofMinutes(15));

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            AccountTokens tokens, SecurityMails mails, CurrentSession currentSession, SecurityProperties properties,
            AuditLog audit, Clock clock) {
        this.registrations = new ClientRateLimit("registration", properties.registrationsPerHour(),
                Duration.ofHours(1));
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.tokens = tokens;
        this.mails = mails;
        this.currentSession = currentSession;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The outcome of a self-registration: the new account (its address still to be confirmed), or none when the
     * address already had an account. Both look the same to the person registering: "check your mail".
     */
    public record SelfRegistration(Long accountId) {

        public boolean created() {
            return accountId != null;
        }
    }

    /**
     * Opens an enterprise or expert account for someone registering themselves. Called by the enterprise and expert
     * modules inside their own transaction, so the account and its profile are created together or not at all. The
     * account can sign in once its address is confirmed by the mailed link. An address that already has an account is
     * not revealed: its owner is mailed instead, and nothing is created. {@code passwordContext}: details of the
     * registration (the enterprise's name and code) that must not make up the password.
     */
    @Transactional
    public SelfRegistration registerSelf(NewAccount raw, Role role, Collection<String> passwordContext) {
        if (!Role.SELF_REGISTERED.contains(role)) {
            throw new UserFacingException("error.not-allowed");
        }
        String address = RequestOrigin.currentAddress();
        if (address != null && !registrations.allow(ClientRateLimit.addressKey(address))) {
            throw new UserFacingException("register.error.too-many");
        }
        NewAccount request = clean(raw);
        List<FieldProblem> problems = new ArrayList<>();
        checkFields(request, problems, false, passwordContext);
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        var existing = accounts.findByEmail(request.email());
        if (existing.isPresent()) {
            audit.recordAs(existing.get().getId(), request.email(), SecurityAuditActions.REGISTRATION_EXISTING_EMAIL,
                    "account", existing.get().getId(), "role " + role);
            mails.alreadyRegistered(existing.get());
            return new SelfRegistration(null);
        }
        // Staff registering someone from a paper form vouch for the address; everyone else confirms it by mail.
        boolean vouched = SignedIn.hasRole(Role.ADMIN.name()) || SignedIn.hasRole(Role.OFFICER.name());
        UserAccount account = save(request, EnumSet.of(role), vouched);
        audit.recordAs(account.getId(), account.getEmail(), SecurityAuditActions.ACCOUNT_REGISTERED, "account",
                account.getId(), "role " + role);
        if (!vouched) {
            mails.confirmAddress(account, tokens.issue(account.getId(), AccountToken.Purpose.CONFIRM_EMAIL,
                    AccountTokens.CONFIRM_VALIDITY));
        }
        return new SelfRegistration(account.getId());
    }

    /**
     * Problems with the account part of a registration form, so a form can show them all at once. Whether the
     * address already has an account is not among them: that would tell anyone who has registered.
     */
    public List<FieldProblem> check(NewAccount request, Collection<String> passwordContext) {
        List<FieldProblem> problems = new ArrayList<>();
        checkFields(clean(request), problems, false, passwordContext);
        return problems;
    }

    /** Confirms an account's address by the mailed link; false when the link is unknown, used or expired. */
    @Transactional
    public boolean confirmEmail(String token) {
        return tokens.redeem(token, AccountToken.Purpose.CONFIRM_EMAIL).flatMap(accounts::findById).map(account -> {
            account.confirmEmail(clock.instant());
            audit.recordAs(account.getId(), account.getEmail(), SecurityAuditActions.EMAIL_CONFIRMED, "account",
                    account.getId(), null);
            return true;
        }).orElse(false);
    }

    /** Lifts a lock by the link mailed to the owner; false when the link is unknown, used or expired. */
    @Transactional
    public boolean unlockByLink(String token) {
        return tokens.redeem(token, AccountToken.Purpose.UNLOCK).flatMap(accounts::findById).map(account -> {
            account.unlock();
            audit.recordAs(account.getId(), account.getEmail(), SecurityAuditActions.ACCOUNT_UNLOCKED_BY_LINK,
                    "account", account.getId(), null);
            return true;
        }).orElse(false);
    }

    /**
     * Quên mật khẩu: mails a reset link to the address when it has an enabled account. The answer is the same
     * either way, and the requests are limited per address and per e-mail, so this reveals nothing and floods
     * nobody's mailbox.
     */
    @Transactional
    public void requestPasswordReset(String typedEmail) {
        String email = TextRules.email(typedEmail);
        if (email.isEmpty() || email.length() > EMAIL_MAX_LENGTH) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("email", "account.error.email-invalid")));
        }
        if (!resets.allow(ClientRateLimit.addressKey(RequestOrigin.currentAddress()))
                || !resets.allow("email:" + AccountTokens.hash(email))) {
            throw new UserFacingException("password.reset.error.too-many");
        }
        accounts.findByEmail(email).filter(UserAccount::isEnabled).ifPresent(account -> {
            audit.recordAs(account.getId(), email, SecurityAuditActions.PASSWORD_RESET_REQUESTED, "account",
                    account.getId(), null);
            mails.resetPassword(account, tokens.issue(account.getId(), AccountToken.Purpose.RESET_PASSWORD,
                    AccountTokens.RESET_VALIDITY));
        });
    }

    /** Whether a reset link can still be used (the page asks for the new password only then). */
    public boolean resetLinkValid(String token) {
        return tokens.valid(token, AccountToken.Purpose.RESET_PASSWORD);
    }

    /**
     * Sets a new password by a reset link: every open session ends, a lock is lifted, the address counts as
     * confirmed (the link reached it), and the owner is told by mail.
     */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        UserAccount account = tokens.peek(token, AccountToken.Purpose.RESET_PASSWORD).flatMap(accounts::findById)
                .filter(UserAccount::isEnabled).orElseThrow(() -> new UserFacingException("password.reset.error.link"));
        // Checked before the link is used up: a refused password leaves the link working for a better one.
        passwordPolicy.problem(newPassword, context(account)).ifPresent(key -> {
            throw UserFacingException.ofFields(List.of(new FieldProblem("password", key)));
        });
        if (tokens.redeem(token, AccountToken.Purpose.RESET_PASSWORD).isEmpty()) {
            throw new UserFacingException("password.reset.error.link");
        }
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        account.revokeSessions(clock.instant());
        account.unlock();
        account.confirmEmail(clock.instant());
        audit.recordAs(account.getId(), account.getEmail(), SecurityAuditActions.PASSWORD_RESET, "account",
                account.getId(), null);
        mails.passwordChanged(account);
    }

    /** An administrator opens an officer, partner or admin account (any role, in fact). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createAccount(NewAccount request, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("roles", "account.error.roles-required")));
        }
        UserAccount account = open(request, roles);
        audit.record(SecurityAuditActions.ACCOUNT_CREATED, "account", account.getId(),
                account.getEmail() + " roles " + roles);
        return account.getId();
    }

    /**
     * Changes the signed-in person's password. Attempts are limited (the current password cannot be guessed here),
     * failures are audited, and every other session of the account ends; this one stays signed in when
     * {@code keepThisSession}.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = UserFacingException.class)
    public void changeOwnPassword(String currentPassword, String newPassword, boolean keepThisSession) {
        UserAccount account = accounts.findById(SignedIn.accountId())
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        if (!passwordChanges.allow("account:" + account.getId())) {
            audit.record(SecurityAuditActions.PASSWORD_CHANGE_THROTTLED, "account", account.getId(), null);
            throw new UserFacingException("password.error.too-many");
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            audit.record(SecurityAuditActions.PASSWORD_CHANGE_FAILED, "account", account.getId(), "sai mật khẩu hiện tại");
            throw UserFacingException.ofFields(List.of(new FieldProblem("current", "password.error.current-wrong")));
        }
        passwordPolicy.problem(newPassword, context(account)).ifPresent(key -> {
            throw UserFacingException.ofFields(List.of(new FieldProblem("password", key)));
        });
        Instant now = clock.instant();
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        account.revokeSessions(now);
        audit.record(SecurityAuditActions.PASSWORD_CHANGED, "account", account.getId(),
                keepThisSession ? "các phiên khác đã kết thúc" : "mọi phiên đã kết thúc");
        mails.passwordChanged(account);
        if (keepThisSession) {
            currentSession.renew(new SignedInAccount(account, now));
        }
    }

    /** Disables an account, for a reason the audit log keeps; its open sessions end at their next request. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void disable(long accountId, String rawReason, long expectedVersion) {
        if (accountId == SignedIn.accountId()) {
            throw new UserFacingException("account.error.cannot-disable-self");
        }
        String reason = FieldChecks.required("reason", rawReason, 500);
        UserAccount account = load(accountId, expectedVersion);
        account.disable(clock.instant());
        audit.record(SecurityAuditActions.ACCOUNT_DISABLED, "account", accountId, account.getEmail() + ": " + reason);
    }

    /**
     * Opens a staff account without a password anyone typed: the person gets a link, valid seven days, to set their
     * own (which also confirms the address). Until then the account cannot sign in.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long invite(NewAccount request, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("roles", "account.error.roles-required")));
        }
        UserAccount account = openInvited(request, roles);
        mails.staffInvitation(account, tokens.issue(account.getId(), AccountToken.Purpose.RESET_PASSWORD,
                AccountTokens.INVITATION_VALIDITY));
        audit.record(SecurityAuditActions.ACCOUNT_CREATED, "account", account.getId(),
                account.getEmail() + " roles " + roles + ", invited by mail");
        return account.getId();
    }

    /**
     * Opens an account whose password nobody knows and whose address is unconfirmed, for someone invited (staff by an
     * administrator, a colleague by an enterprise owner): the invitation's link sets both. All problems with the
     * details come back at once, an address that already has an account among them (the inviter knows the person).
     */
    UserAccount openInvited(NewAccount request, Set<Role> roles) {
        NewAccount cleaned = clean(new NewAccount(request.email(), tokens.secret(), request.displayName(),
                request.phone(), request.organisation(), request.language()));
        List<FieldProblem> problems = new ArrayList<>();
        checkFields(cleaned, problems, true, List.of());
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        return save(cleaned, roles, false);
    }

    /** The administrator sends a person a link to set a new password (valid a day); the old one works until then. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void sendPasswordReset(long accountId) {
        UserAccount account = accounts.findById(accountId)
                .filter(UserAccount::isEnabled).orElseThrow(() -> new UserFacingException("accounts.error.disabled"));
        mails.resetByAdministrator(account, tokens.issue(account.getId(), AccountToken.Purpose.RESET_PASSWORD,
                AccountTokens.ADMIN_RESET_VALIDITY));
        audit.record(SecurityAuditActions.PASSWORD_RESET_SENT, "account", accountId, account.getEmail());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void enable(long accountId, long expectedVersion) {
        UserAccount account = load(accountId, expectedVersion);
        account.enable();
        audit.record(SecurityAuditActions.ACCOUNT_ENABLED, "account", accountId, account.getEmail());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long accountId, long expectedVersion) {
        UserAccount account = load(accountId, expectedVersion);
        account.unlock();
        audit.record(SecurityAuditActions.ACCOUNT_UNLOCKED, "account", accountId, account.getEmail());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void changeRoles(long accountId, Set<Role> roles, long expectedVersion) {
        if (roles == null || roles.isEmpty()) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("roles", "account.error.roles-required")));
        }
        if (accountId == SignedIn.accountId() && !roles.contains(Role.ADMIN)) {
            throw new UserFacingException("account.error.cannot-drop-own-admin");
        }
        UserAccount account = load(accountId, expectedVersion);
        Set<Role> before = account.getRoles();
        account.changeRoles(roles, clock.instant());
        audit.record(SecurityAuditActions.ROLES_CHANGED, "account", accountId,
                account.getEmail() + ": " + before + " -> " + roles);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> search(String text, Role role, Pageable pageable) {
        var byEmail = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 500), Sort.by("email"));
        return accounts.search(TextRules.searchPattern(text), role, byEmail).stream()
                .map(a -> a.toSummary(clock.instant())).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text, Role role) {
        return accounts.countSearch(TextRules.searchPattern(text), role);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OFFICER')")
    @Transactional(readOnly = true)
    public long countWithRole(Role role) {
        return accounts.countByRolesContaining(role);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean emailExists(String email) {
        return accounts.existsByEmail(TextRules.email(email));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean anyAccountWithRole(Role role) {
        return accounts.countByRolesContaining(role) > 0;
    }

    /**
     * How to reach an account. Staff only: notifications, sent on behalf of whoever acts, ask inside
     * {@code SystemTask.run}.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Optional<AccountContact> contact(long accountId) {
        return accounts.findById(accountId).map(UserAccount::toContact);
    }

    /** The enabled accounts holding a role (e.g. the officers to tell about a request waiting for them). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AccountContact> contactsWithRole(Role role) {
        return accounts.findByRolesContainingAndEnabledTrue(role).stream().map(UserAccount::toContact).toList();
    }

    /** The signed-in person's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountSummary currentAccount() {
        return accounts.findById(SignedIn.accountId()).map(a -> a.toSummary(clock.instant()))
                .orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    @EventListener
    @Transactional
    void rememberLanguage(PreferredLanguageChosen event) {
        SignedIn.principal().flatMap(p -> accounts.findById(p.accountId())).ifPresent(account -> {
            account.changeLanguage(event.locale());
            audit.record(SecurityAuditActions.LANGUAGE_CHANGED, "account", account.getId(),
                    event.locale().getLanguage());
        });
    }

    /** An account opened by an administrator: the address counts as confirmed (the administrator vouches for it). */
    private UserAccount open(NewAccount raw, Set<Role> roles) {
        NewAccount request = clean(raw);
        List<FieldProblem> problems = new ArrayList<>();
        checkFields(request, problems, true, List.of());
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        return save(request, roles, true);
    }

    /**
     * Runs seeding that creates many accounts with one password (the demo accounts, whose shared password the README
     * gives): each distinct password is hashed once for all of them instead of a tenth of a second per account. The
     * hashes verify as any other; accounts that share one only tell that their passwords are equal, which is known.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public <T> T withOneHashPerPassword(java.util.function.Supplier<T> seeding) {
        seedingHashes.set(new java.util.HashMap<>());
        try {
            return seeding.get();
        } finally {
            seedingHashes.remove();
        }
    }

    private String newHash(String password) {
        java.util.Map<String, String> shared = seedingHashes.get();
        return shared == null ? passwordEncoder.encode(password)
                : shared.computeIfAbsent(password, passwordEncoder::encode);
    }

    private UserAccount save(NewAccount request, Set<Role> roles, boolean emailConfirmed) {
        UserAccount account = new UserAccount(request.email(), newHash(request.password()),
                request.displayName(), emptyToNull(request.phone()), emptyToNull(request.organisation()), roles,
                request.language() == null ? Locale.forLanguageTag("vi") : request.language(), clock.instant(),
                emailConfirmed);
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            // Someone registered the same e-mail between our check and this insert.
            throw UserFacingException.ofFields(List.of(new FieldProblem("email", "account.error.email-taken")));
        }
    }

    private void checkFields(NewAccount request, List<FieldProblem> problems, boolean reportTakenEmail,
            Collection<String> passwordContext) {
        if (request.email().isEmpty()) {
            problems.add(new FieldProblem("email", "error.required"));
        } else if (request.email().length() > EMAIL_MAX_LENGTH) {
            problems.add(new FieldProblem("email", "error.too-long", EMAIL_MAX_LENGTH));
        } else if (!EmailAddresses.valid(request.email())) {
            problems.add(new FieldProblem("email", "account.error.email-invalid"));
        } else if (reportTakenEmail && accounts.existsByEmail(request.email())) {
            problems.add(new FieldProblem("email", "account.error.email-taken"));
        }
        List<String> context = new ArrayList<>(passwordContext);
        context.addAll(List.of(request.email(), request.displayName(), request.organisation(), request.phone()));
        passwordPolicy.problem(request.password(), context)
                .ifPresent(key -> problems.add(new FieldProblem("password", key)));
        FieldChecks.text("displayName", request.displayName(), NAME_MAX_LENGTH, true, problems);
        FieldChecks.text("organisation", request.organisation(), ORGANISATION_MAX_LENGTH, false, problems);
        if (!request.phone().isEmpty() && !PhoneNumbers.valid(request.phone())) {
            problems.add(new FieldProblem("phone", "account.error.phone-invalid"));
        }
    }

    /** The account's own details, which its password must not be made of. */
    private static List<String> context(UserAccount account) {
        return java.util.Arrays.asList(account.getEmail(), account.getDisplayName(), account.getOrganisation(),
                account.getPhone());
    }

    private static NewAccount clean(NewAccount raw) {
        return new NewAccount(TextRules.email(raw.email()), raw.password(), TextRules.singleLine(raw.displayName()),
                TextRules.phone(raw.phone()), TextRules.singleLine(raw.organisation()),
                raw.language());
    }

    private UserAccount load(long accountId, long expectedVersion) {
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        if (account.getVersion() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        return account;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
