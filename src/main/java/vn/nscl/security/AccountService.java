package vn.nscl.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.PreferredLanguageChosen;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

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
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
    /** Vietnamese phone numbers: 0 or +84 followed by 9 digits (spaces, dots and dashes are ignored). */
    private static final Pattern PHONE = Pattern.compile("^(0|\\+84)\\d{9}$");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens an enterprise or expert account for someone registering themselves. Called by the enterprise and expert
     * modules inside their own transaction, so the account and its profile are created together or not at all.
     */
    @Transactional
    public long registerSelf(NewAccount request, Role role) {
        if (!Role.SELF_REGISTERED.contains(role)) {
            throw new UserFacingException("error.not-allowed");
        }
        UserAccount account = open(request, EnumSet.of(role), new ArrayList<>());
        audit.recordAs(account.getId(), account.getEmail(), SecurityAuditActions.ACCOUNT_REGISTERED, "account",
                account.getId(), "role " + role);
        return account.getId();
    }

    /** Problems with the account part of a registration form, so a form can show them all at once. */
    public List<FieldProblem> check(NewAccount request) {
        List<FieldProblem> problems = new ArrayList<>();
        checkFields(clean(request), problems);
        return problems;
    }

    /** An administrator opens an officer, partner or admin account (any role, in fact). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long createAccount(NewAccount request, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("roles", "account.error.roles-required")));
        }
        UserAccount account = open(request, roles, new ArrayList<>());
        audit.record(SecurityAuditActions.ACCOUNT_CREATED, "account", account.getId(),
                account.getEmail() + " roles " + roles);
        return account.getId();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(SignedIn.accountId())
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("current", "password.error.current-wrong")));
        }
        passwordPolicy.problem(newPassword).ifPresent(key -> {
            throw UserFacingException.ofFields(List.of(new FieldProblem("password", key)));
        });
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        audit.record(SecurityAuditActions.PASSWORD_CHANGED, "account", account.getId(), null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void disable(long accountId, long expectedVersion) {
        if (accountId == SignedIn.accountId()) {
            throw new UserFacingException("account.error.cannot-disable-self");
        }
        UserAccount account = load(accountId, expectedVersion);
        account.disable(clock.instant());
        audit.record(SecurityAuditActions.ACCOUNT_DISABLED, "account", accountId, account.getEmail());
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

    /** How to reach an account (notifications are sent on behalf of a signed-in person or a system task). */
    @PreAuthorize("isAuthenticated()")
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

    private UserAccount open(NewAccount raw, Set<Role> roles, List<FieldProblem> problems) {
        NewAccount request = clean(raw);
        checkFields(request, problems);
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        UserAccount account = new UserAccount(request.email(), passwordEncoder.encode(request.password()),
                request.displayName(), emptyToNull(request.phone()), emptyToNull(request.organisation()), roles,
                request.language() == null ? Locale.forLanguageTag("vi") : request.language(), clock.instant());
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            // Someone registered the same e-mail between our check and this insert.
            throw UserFacingException.ofFields(List.of(new FieldProblem("email", "account.error.email-taken")));
        }
    }

    private void checkFields(NewAccount request, List<FieldProblem> problems) {
        if (request.email().isEmpty()) {
            problems.add(new FieldProblem("email", "error.required"));
        } else if (request.email().length() > EMAIL_MAX_LENGTH) {
            problems.add(new FieldProblem("email", "error.too-long", EMAIL_MAX_LENGTH));
        } else if (!EMAIL.matcher(request.email()).matches()) {
            problems.add(new FieldProblem("email", "account.error.email-invalid"));
        } else if (accounts.existsByEmail(request.email())) {
            problems.add(new FieldProblem("email", "account.error.email-taken"));
        }
        passwordPolicy.problem(request.password()).ifPresent(key -> problems.add(new FieldProblem("password", key)));
        FieldChecks.text("displayName", request.displayName(), NAME_MAX_LENGTH, true, problems);
        FieldChecks.text("organisation", request.organisation(), ORGANISATION_MAX_LENGTH, false, problems);
        if (!request.phone().isEmpty() && !PHONE.matcher(request.phone()).matches()) {
            problems.add(new FieldProblem("phone", "account.error.phone-invalid"));
        }
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
