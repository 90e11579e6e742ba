package vn.nscl.expert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.security.AccountService;
import vn.nscl.security.NewAccount;
import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

/** Registers experts and reads expert records for those allowed to see them. */
@Service
public class ExpertService {

    public static final int NAME_MAX_LENGTH = Expert.NAME_MAX_LENGTH;
    public static final int ORGANISATION_MAX_LENGTH = Expert.ORGANISATION_MAX_LENGTH;

    private final ExpertRepository experts;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    ExpertService(ExpertRepository experts, AccountService accounts, AuditLog audit, Clock clock) {
        this.experts = experts;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Self-registration: creates the account and the expert record together, or nothing. Whether the e-mail already
     * had an account is not told (its owner is mailed instead); the expert confirms the address from the mail.
     * Returns the new expert's id, or empty when nothing was created.
     */
    @Transactional
    public Optional<Long> register(ExpertRegistration raw) {
        ExpertRegistration registration = new ExpertRegistration(TextRules.singleLine(raw.fullName()),
                TextRules.email(raw.email()), TextRules.phone(raw.phone()), TextRules.singleLine(raw.organisation()),
                raw.password(), raw.language());
        NewAccount account = new NewAccount(registration.email(), registration.password(), registration.fullName(),
                registration.phone(), registration.organisation(), registration.language());
        List<String> passwordContext = List.of(registration.fullName(), registration.organisation());
        List<FieldProblem> problems = new ArrayList<>(accounts.check(account, passwordContext).stream()
                .map(p -> "displayName".equals(p.field()) ? new FieldProblem("fullName", p.messageKey(), p.args()) : p)
                .toList());
        if (registration.phone().isEmpty()) {
            problems.add(new FieldProblem("phone", "error.required"));
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        AccountService.SelfRegistration opened = accounts.registerSelf(account, Role.EXPERT, passwordContext);
        if (!opened.created()) {
            return Optional.empty();
        }
        long accountId = opened.accountId();
        Expert expert = experts.saveAndFlush(new Expert(accountId, registration, clock.instant()));
        audit.recordAs(accountId, registration.email(), ExpertAuditActions.EXPERT_REGISTERED, "expert",
                expert.toSummary().id(), registration.fullName());
        return Optional.of(expert.toSummary().id());
    }

    /** The signed-in expert's own record. */
    @PreAuthorize("hasRole('EXPERT')")
    @Transactional(readOnly = true)
    public Optional<ExpertSummary> mine() {
        return experts.findByAccountId(SignedIn.accountId()).map(Expert::toSummary);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PARTNER')")
    @Transactional(readOnly = true)
    public long count() {
        return experts.count();
    }
}
