package vn.nscl.expert;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditEntry;
import vn.nscl.audit.AuditLog;
import vn.nscl.security.AccountContact;
import vn.nscl.security.AccountService;

/**
 * The history of DOST's decisions on one expert (profile verified or rejected, each certificate verified or
 * rejected), newest first, with the officer's name and the reason given: the next officer sees why before deciding.
 */
@Service
public class ExpertDecisions {

    /** The decisions shown: what an officer decided about the expert, not what the expert did. */
    static final List<String> DECISIONS = List.of(ExpertAuditActions.EXPERT_VERIFIED,
            ExpertAuditActions.EXPERT_REJECTED, ExpertAuditActions.EXPERT_CERTIFICATE_VERIFIED,
            ExpertAuditActions.EXPERT_CERTIFICATE_REJECTED);

    private final AuditLog audit;
    private final AccountService accounts;

    ExpertDecisions(AuditLog audit, AccountService accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    /** One decision: when, by whom (their name), which ({@code action} is the audit code), and the details. */
    public record Decision(Instant at, String officer, String action, String details) {
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Decision> of(long expertId) {
        Map<Long, String> names = new HashMap<>();
        return audit.decisionsOn("expert", String.valueOf(expertId), DECISIONS).stream()
                .map(entry -> new Decision(entry.occurredAt(), officerName(entry, names), entry.action(),
                        entry.details())).toList();
    }

    private String officerName(AuditEntry entry, Map<Long, String> names) {
        if (entry.actorId() == null) {
            return entry.actorEmail();
        }
        return names.computeIfAbsent(entry.actorId(), id -> accounts.contact(id).map(AccountContact::displayName)
                .orElse(entry.actorEmail()));
    }
}
