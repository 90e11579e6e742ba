package vn.nscl.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * Quy tắc ghép chuyên gia: officers tune the matching policy like the recommendation rules: a draft from any
 * version, edited in the page, checked (mistakes with their line), run over the open requests to see whose
 * proposed experts would change, and activated only when valid. Every version is kept; every step is audited.
 */
@Service
public class MatchingPolicyService {

    private final PolicyVersionRepository versions;
    private final ActivePolicyRepository pointer;
    private final PolicyHolder holder;
    private final SupportRequestRepository requests;
    private final Matchmaking matchmaking;
    private final AuditLog audit;
    private final Clock clock;

    MatchingPolicyService(PolicyVersionRepository versions, ActivePolicyRepository pointer, PolicyHolder holder,
            SupportRequestRepository requests, Matchmaking matchmaking, AuditLog audit, Clock clock) {
        this.versions = versions;
        this.pointer = pointer;
        this.holder = holder;
        this.requests = requests;
        this.matchmaking = matchmaking;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who activated the version in use, and when. */
    public record ActiveInfo(PolicySummary version, Instant activatedAt, String activatedBy) {
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<PolicySummary> versions() {
        Long activeId = activeId();
        return versions.findAllByOrderByNumberDesc().stream().map(v -> v.toSummary(activeId, SignedIn.actor()))
                .toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ActiveInfo active() {
        ActivePolicy active = pointer.findById(ActivePolicy.SINGLE_ROW).orElseThrow();
        PolicyVersion version = find(active.getPolicyVersionId());
        return new ActiveInfo(version.toSummary(version.getId(), SignedIn.actor()), active.getActivatedAt(),
                active.getActivatedBy());
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public String content(long versionId) {
        return find(versionId).getContent();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public long createDraft(long fromVersionId, String note) {
        PolicyVersion from = find(fromVersionId);
        String cleanNote = FieldChecks.optional("note", note, 500);
        PolicyVersion draft = versions.save(new PolicyVersion(versions.maxNumber() + 1, PolicyVersion.Status.DRAFT,
                cleanNote, from.getContent(), SignedIn.actor(), clock.instant()));
        audit.record(MatchingAuditActions.POLICY_DRAFT_CREATED, "matching-policy", draft.getNumber(),
                "from version " + from.getNumber());
        return draft.getId();
    }

    /** Saves a draft's text (even with mistakes: they are shown by {@link #validate}); refused if edited meanwhile. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void save(long draftId, String content, long expectedVersion) {
        PolicyVersion draft = find(draftId);
        if (draft.getVersion() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        if (content == null || content.isBlank() || content.length() > PolicyFile.MAX_LENGTH) {
            throw new UserFacingException("matching.policy.error.too-long", PolicyFile.MAX_LENGTH);
        }
        draft.edit(content, SignedIn.actor());
        audit.record(MatchingAuditActions.POLICY_SAVED, "matching-policy", draft.getNumber(), null);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<PolicyProblem> validate(long versionId) {
        return PolicyFile.read(find(versionId).getContent(), holder.catalogueCodes()).problems();
    }

    /** Ranks every open request with the active and the candidate version and lists whose proposals change. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional // not read-only: the audit entry is written in it (PostgreSQL enforces read-only)
    public PolicyDryRun dryRun(long versionId) {
        PolicyVersion candidate = find(versionId);
        PolicyHolder.Active active = holder.active();
        PolicyFile.Outcome outcome = PolicyFile.read(candidate.getContent(), holder.catalogueCodes());
        if (!outcome.ok()) {
            return new PolicyDryRun(candidate.getNumber(), active.number(), 0, List.of(), outcome.problems());
        }
        List<SupportRequest> open = requests.findByStatusInOrderByCreatedAtDesc(SupportRequestService.OPEN_STATES);
        List<PolicyDryRun.Change> changes = new ArrayList<>();
        for (SupportRequest request : open) {
            List<String> before = names(matchmaking.rank(request, active.policy(),
                    active.policy().offer().shownCandidates()));
            List<String> after = names(matchmaking.rank(request, outcome.policy(),
                    outcome.policy().offer().shownCandidates()));
            if (!before.equals(after)) {
                changes.add(new PolicyDryRun.Change(request.getId(), matchmaking.enterpriseName(request),
                        request.getItemCode(), before, after));
            }
        }
        audit.record(MatchingAuditActions.POLICY_DRY_RUN, "matching-policy", candidate.getNumber(),
                open.size() + " requests, " + changes.size() + " changed");
        return new PolicyDryRun(candidate.getNumber(), active.number(), open.size(), changes, List.of());
    }

    /**
     * Activates a valid version (a draft is frozen); the switch happens when the transaction commits. Four eyes:
     * nobody who wrote the version may activate it.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void activate(long versionId) {
        PolicyVersion version = find(versionId);
        if (version.isAuthor(SignedIn.actor())) {
            throw new UserFacingException("rules.error.four-eyes");
        }
        PolicyFile.Outcome outcome = PolicyFile.read(version.getContent(), holder.catalogueCodes());
        if (!outcome.ok()) {
            throw new UserFacingException("matching.policy.error.invalid", outcome.problems().size());
        }
        version.publish();
        ActivePolicy active = pointer.findById(ActivePolicy.SINGLE_ROW).orElseThrow();
        active.activate(versionId, SignedIn.actor(), clock.instant());
        pointer.saveAndFlush(active);
        audit.record(MatchingAuditActions.POLICY_ACTIVATED, "matching-policy", version.getNumber(), null);
        int number = version.getNumber();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                holder.use(versionId, number, outcome.policy());
            }
        });
    }

    private static List<String> names(List<Match> matches) {
        return matches.stream().map(Match::expertName).toList();
    }

    private PolicyVersion find(long versionId) {
        return versions.findById(versionId).orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    private Long activeId() {
        return pointer.findById(ActivePolicy.SINGLE_ROW).map(ActivePolicy::getPolicyVersionId).orElse(null);
    }
}
