package vn.nscl.enterprise;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.reference.ReferenceData;
import vn.nscl.security.ColleagueAccounts;
import vn.nscl.shared.EmailAddresses;
import vn.nscl.shared.PhoneNumbers;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

/**
 * Enterprises DOST meets on paper: at a workshop a household or cooperative fills in the assessment form without an
 * account. DOST enters the enterprise (checked by the officer who met it, so verified at once) and, when the owner
 * wants to use the platform, invites them: their login is opened with a mailed link to set a password, and the
 * enterprise with everything entered so far becomes theirs.
 */
@Service
public class PaperEnterprises {

    private final EnterpriseRepository enterprises;
    private final ColleagueAccounts accounts;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    PaperEnterprises(EnterpriseRepository enterprises, ColleagueAccounts accounts, ReferenceData reference,
            AuditLog audit, Clock clock) {
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enters the enterprise; every problem of the form comes back at once, at its field. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public long register(PaperEnterprise raw) {
        PaperEnterprise paper = clean(raw);
        List<FieldProblem> problems = check(paper);
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        Enterprise enterprise;
        try {
            enterprise = enterprises.saveAndFlush(new Enterprise(paper, SignedIn.actor(), clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("enterpriseCode",
                    "paper.error.code-registered", paper.enterpriseCode())));
        }
        audit.record(EnterpriseAuditActions.ENTERPRISE_REGISTERED, "enterprise", enterprise.getId(),
                paper.name() + " (" + paper.enterpriseCode() + "), nhập từ phiếu giấy");
        return enterprise.getId();
    }

    /**
     * Invites the owner of an enterprise entered from paper: an account for the contact person at this address, a
     * mailed link (seven days) to set the password; the enterprise is theirs from now on.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public long inviteOwner(long enterpriseId, String rawEmail, long expectedVersion) {
        Enterprise enterprise = enterprises.findById(enterpriseId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        if (enterprise.getAccountId() != null) {
            throw new UserFacingException("paper.error.has-account");
        }
        if (enterprise.toSummary().version() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        EnterpriseSummary summary = enterprise.toSummary();
        String email = TextRules.email(rawEmail);
        long accountId = accounts.inviteOwner(summary.contactPerson(), email, summary.phone(), summary.name());
        enterprise.joinedBy(accountId, email);
        audit.record(EnterpriseAuditActions.ENTERPRISE_OWNER_INVITED, "enterprise", enterpriseId,
                summary.contactPerson() + " <" + email + ">");
        return accountId;
    }

    private List<FieldProblem> check(PaperEnterprise paper) {
        List<FieldProblem> problems = new ArrayList<>();
        if (IdentityChecks.check(paper.name(), paper.contactPerson(), paper.type(), paper.enterpriseCode(),
                paper.communeCode(), reference, problems)) {
            enterprises.findByEnterpriseCode(paper.enterpriseCode()).ifPresent(known -> problems.add(
                    new FieldProblem("enterpriseCode", "paper.error.code-registered", known.getName())));
        }
        if (paper.sectorCode() == null || reference.sector(paper.sectorCode()).isEmpty()) {
            problems.add(new FieldProblem("sector", "error.required"));
        }
        if (paper.phone().isEmpty()) {
            problems.add(new FieldProblem("phone", "error.required"));
        } else if (!PhoneNumbers.valid(paper.phone())) {
            problems.add(new FieldProblem("phone", "account.error.phone-invalid"));
        }
        if (paper.email() != null && !EmailAddresses.valid(paper.email())) {
            problems.add(new FieldProblem("email", "account.error.email-invalid"));
        }
        return problems;
    }

    private static PaperEnterprise clean(PaperEnterprise raw) {
        String email = TextRules.email(raw.email());
        return new PaperEnterprise(TextRules.singleLine(raw.name()), EnterpriseCode.normalise(raw.enterpriseCode()),
                raw.type(), TextRules.code(raw.communeCode()), TextRules.code(raw.sectorCode()), raw.foodProducer(),
                TextRules.singleLine(raw.contactPerson()), TextRules.phone(raw.phone()),
                email == null || email.isEmpty() ? null : email);
    }
}
