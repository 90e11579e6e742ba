package vn.nscl.matching;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.rulebase.ActiveRules;
import vn.nscl.rulebase.RuleBuild;
import vn.nscl.rulebase.RuleVersions;

/**
 * The dry run of the matching rules (the rest of their versions' life is {@link RuleVersions}'): every open request
 * is ranked with the active and the candidate version, and the requests whose proposed experts change, or that lose
 * eligible experts (with the rule that excludes them), are listed.
 */
@Service
public class MatchingPolicyService {

    private final RuleVersions versions;
    private final ActiveRules activeRules;
    private final MatchingRuleKind kind;
    private final SupportRequestRepository requests;
    private final Matchmaking matchmaking;
    private final AuditLog audit;

    MatchingPolicyService(RuleVersions versions, ActiveRules activeRules, MatchingRuleKind kind,
            SupportRequestRepository requests, Matchmaking matchmaking, AuditLog audit) {
        this.versions = versions;
        this.activeRules = activeRules;
        this.kind = kind;
        this.requests = requests;
        this.matchmaking = matchmaking;
        this.audit = audit;
    }

    /** Ranks every open request with the active and the candidate version and lists what changes. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional // not read-only: the audit entry is written in it (PostgreSQL enforces read-only)
    public PolicyDryRun dryRun(long versionId) {
        int number = versions.version(MatchingRuleKind.KIND, versionId).number();
        ActiveRules.Current<MatchingRules> active = activeRules.current(kind);
        RuleBuild<MatchingRules> candidate = kind.build(versions.files(MatchingRuleKind.KIND, versionId));
        if (!candidate.ok()) {
            return new PolicyDryRun(number, active.number(), 0, List.of(), candidate.problems());
        }
        List<SupportRequest> open = requests.findByStatusInOrderByCreatedAtDesc(SupportRequestService.OPEN_STATES);
        List<PolicyDryRun.Change> changes = new ArrayList<>();
        for (SupportRequest request : open) {
            Matcher.Outcome before = matchmaking.outcome(request, active.compiled());
            Matcher.Outcome after = matchmaking.outcome(request, candidate.compiled());
            List<String> shownBefore = names(before, active.compiled());
            List<String> shownAfter = names(after, candidate.compiled());
            List<PolicyDryRun.Lost> lost = before.ranked().stream()
                    .filter(match -> after.excluded().containsKey(match.expertId()))
                    .map(match -> new PolicyDryRun.Lost(match.expertId(), match.expertName(),
                            after.excluded().get(match.expertId())))
                    .toList();
            if (!shownBefore.equals(shownAfter) || !lost.isEmpty()) {
                changes.add(new PolicyDryRun.Change(request.getId(), matchmaking.enterpriseName(request),
                        request.getItemCode(), shownBefore, shownAfter, lost));
            }
        }
        audit.record(MatchingAuditActions.POLICY_DRY_RUN, kind.auditTarget(), number,
                open.size() + " requests, " + changes.size() + " changed");
        return new PolicyDryRun(number, active.number(), open.size(), changes, List.of());
    }

    private static List<String> names(Matcher.Outcome outcome, MatchingRules rules) {
        return outcome.ranked().stream().limit(rules.policy().offer().shownCandidates()).map(Match::expertName)
                .toList();
    }
}
