package vn.nscl.enterprise;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.reference.ReferenceData;
import vn.nscl.security.AccountService;
import vn.nscl.security.NewAccount;
import vn.nscl.security.Role;
import vn.nscl.shared.InLists;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

/** Registers enterprises and gives each caller only the enterprises it may see. */
@Service
public class EnterpriseService {

    public static final int NAME_MAX_LENGTH = Enterprise.NAME_MAX_LENGTH;
    public static final int CONTACT_MAX_LENGTH = Enterprise.CONTACT_MAX_LENGTH;

    private final EnterpriseRepository enterprises;
    private final EnterpriseAccess access;
    private final AccountService accounts;
    private final ReferenceData reference;
    private final EnterpriseClaims claims;
    private final AuditLog audit;
    private final Clock clock;

    EnterpriseService(EnterpriseRepository enterprises, EnterpriseAccess access, AccountService accounts,
            EnterpriseClaims claims, ReferenceData reference, AuditLog audit, Clock clock) {
        this.enterprises = enterprises;
        this.access = access;
        this.accounts = accounts;
        this.claims = claims;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Self-registration: creates the account and the enterprise together, or nothing; all problems with the form are
     * reported at once, each naming its field. Nothing in the answer tells whether the e-mail or the enterprise code
     * was already registered: an e-mail with an account gets a mail to its owner instead, and a code another account
     * holds becomes a claim DOST decides on. The person registering is told to confirm the address from their mail.
     * An enterprise registered by an officer (a paper form) counts as verified at once.
     */
    @Transactional
    public RegistrationReceipt register(EnterpriseRegistration raw) {
        EnterpriseRegistration registration = clean(raw);
        NewAccount account = new NewAccount(registration.email(), registration.password(),
                registration.contactPerson(), registration.phone(), registration.name(), registration.language());
        List<String> passwordContext = List.of(registration.name(), registration.enterpriseCode());
        List<FieldProblem> problems = new ArrayList<>(accounts.check(account, passwordContext).stream()
                .filter(p -> !"displayName".equals(p.field()) && !"organisation".equals(p.field())).toList());
        problems.addAll(check(registration));
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        AccountService.SelfRegistration opened = accounts.registerSelf(account, Role.ENTERPRISE, passwordContext);
        if (!opened.created()) {
            return new RegistrationReceipt(null, null);
        }
        long accountId = opened.accountId();
        Optional<Enterprise> holder = enterprises.findByEnterpriseCode(registration.enterpriseCode());
        if (holder.isPresent()) {
            return new RegistrationReceipt(null, claims.claim(holder.get(), accountId, registration));
        }
        Enterprise enterprise;
        try {
            enterprise = enterprises.saveAndFlush(new Enterprise(accountId, registration, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // Registered by someone else between our check and this insert: the account is rolled back too.
            throw new UserFacingException("error.changed-meanwhile");
        }
        if (SignedIn.hasRole(Role.OFFICER.name()) || SignedIn.hasRole(Role.ADMIN.name())) {
            enterprise.verify(SignedIn.actor(), "registered by DOST", clock.instant());
        }
        audit.recordAs(accountId, registration.email(), EnterpriseAuditActions.ENTERPRISE_REGISTERED, "enterprise",
                enterprise.toSummary().id(), registration.name() + " (" + registration.enterpriseCode() + ")");
        return new RegistrationReceipt(enterprise.toSummary().id(), null);
    }

    /** The signed-in account's claims on enterprise codes another account held (newest first). */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public List<ClaimSummary> myClaims() {
        return claims.ofAccount(SignedIn.accountId());
    }

    /** The signed-in enterprise account's own enterprise: the one it registered, or the one it was invited to. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public Optional<EnterpriseSummary> mine() {
        return enterprises.findForAccount(SignedIn.accountId()).map(Enterprise::toSummary);
    }

    /** The enterprise an account manages: asked by that account itself, or by DOST's staff (erasing its data). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> idOfAccount(long accountId) {
        if (accountId != SignedIn.accountId() && !SignedIn.hasRole(Role.OFFICER.name())
                && !SignedIn.hasRole(Role.ADMIN.name())) {
            throw new org.springframework.security.access.AccessDeniedException("Another account's enterprise");
        }
        return enterprises.findByAccountId(accountId).map(e -> e.toSummary().id());
    }

    /** One enterprise: officers and admins see any, an enterprise account only its own. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EnterpriseSummary get(long enterpriseId) {
        return access.readable(enterpriseId).toSummary();
    }

    /**
     * The name of an enterprise, for screens that show a record the caller was allowed to open: staff ask it
     * directly, other modules inside {@code SystemTask.run} once they have checked the caller may see their record.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public String nameOf(long enterpriseId) {
        return enterprises.findById(enterpriseId).map(Enterprise::getName).orElse("");
    }

    /** The names of many enterprises at once, for officers' lists over the province. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> enterpriseIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        InLists.inChunks(enterpriseIds, enterprises::namesOf).forEach(row -> names.put((Long) row[0],
                (String) row[1]));
        return names;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PARTNER')")
    @Transactional(readOnly = true)
    public long count() {
        return enterprises.count();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<EnterpriseSummary> newest(int limit) {
        var page = PageRequest.of(0, Math.max(1, Math.min(limit, 100)), Sort.by("registeredAt").descending());
        return enterprises.findAll(page).map(Enterprise::toSummary).getContent();
    }

    /** Officers find enterprises by name or code, commune and sector (VSIC section); each part is optional. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<EnterpriseSummary> search(EnterpriseFilter filter, Pageable pageable) {
        var page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 500), Sort.by("name"));
        return enterprises.search(filter.likePattern(), filter.communeCode(), filter.sectorCode(), page).stream()
                .map(Enterprise::toSummary).toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(EnterpriseFilter filter) {
        return enterprises.countSearch(filter.likePattern(), filter.communeCode(), filter.sectorCode());
    }

    private List<FieldProblem> check(EnterpriseRegistration registration) {
        List<FieldProblem> problems = new ArrayList<>();
        IdentityChecks.check(registration.name(), registration.contactPerson(), registration.type(),
                registration.enterpriseCode(), registration.communeCode(), reference, problems);
        if (registration.phone().isEmpty()) {
            problems.add(new FieldProblem("phone", "error.required"));
        }
        return problems;
    }

    private static EnterpriseRegistration clean(EnterpriseRegistration raw) {
        return new EnterpriseRegistration(TextRules.singleLine(raw.name()), EnterpriseCode.normalise(raw.enterpriseCode()),
                raw.type(), TextRules.code(raw.communeCode()), TextRules.singleLine(raw.contactPerson()),
                TextRules.email(raw.email()), TextRules.phone(raw.phone()), raw.password(),
                raw.language());
    }
}
