package vn.nscl.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.nscl.audit.AuditLog;
import vn.nscl.rulebase.ActiveRules;
import vn.nscl.rulebase.RuleBuild;
import vn.nscl.rulebase.RuleVersions;
import vn.nscl.shared.ui.TranslationProvider;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskProgress;
import vn.nscl.tasks.TaskStatus;

/**
 * The dry run of the matching rules (the rest of their versions' life is {@link RuleVersions}'): every open request
 * is ranked with the active and the candidate version, and the requests whose proposed experts change, or that lose
 * eligible experts (with the rule that excludes them), are listed.
 */
@Service
public class MatchingPolicyService {

    /** The background task kind of a matching rules dry run: one runs at a time in the cluster. */
    public static final String TASK_KIND = "matching-dry-run";

    private final RuleVersions versions;
    private final ActiveRules activeRules;
    private final MatchingRuleKind kind;
    private final SupportRequestRepository requests;
    private final Matchmaking matchmaking;
    private final AuditLog audit;
    private final BackgroundTasks tasks;
    private final Explanations explanations;

    MatchingPolicyService(RuleVersions versions, ActiveRules activeRules, MatchingRuleKind kind,
            SupportRequestRepository requests, Matchmaking matchmaking, AuditLog audit, BackgroundTasks tasks,
            Explanations explanations) {
        this.versions = versions;
        this.activeRules = activeRules;
        this.kind = kind;
        this.requests = requests;
        this.matchmaking = matchmaking;
        this.audit = audit;
        this.tasks = tasks;
        this.explanations = explanations;
    }

    /** Starts the dry run of a version as a background task (refused while another matching dry run runs). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskStatus startDryRun(long versionId) {
        return tasks.start(TASK_KIND, versions.dryRunSubject(MatchingRuleKind.KIND, versionId),
                progress -> dryRun(versionId, progress));
    }

    /** The newest dry run of this version against the rules active now, running or ended. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public Optional<TaskStatus> lastDryRun(long versionId) {
        return tasks.latest(TASK_KIND, versions.dryRunSubject(MatchingRuleKind.KIND, versionId));
    }

    /** What a finished dry run found; empty while it runs or if it failed or was cancelled. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public Optional<PolicyDryRun> dryRunResult(long taskId) {
        return tasks.result(taskId, TASK_KIND, PolicyDryRun.class);
    }

    /** Runs the dry run here and now (tests); the screen runs it as a task. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public PolicyDryRun dryRun(long versionId) {
        return dryRun(versionId, TaskProgress.NONE);
    }

    /** Ranks every open request with the active and the candidate version and lists what changes. */
    private PolicyDryRun dryRun(long versionId, TaskProgress progress) {
        int number = versions.version(MatchingRuleKind.KIND, versionId).number();
        ActiveRules.Current<MatchingRules> active = activeRules.current(kind);
        RuleBuild<MatchingRules> candidate = kind.build(versions.files(MatchingRuleKind.KIND, versionId));
        if (!candidate.ok()) {
            return new PolicyDryRun(number, active.number(), 0, List.of(), candidate.problems());
        }
        List<SupportRequest> open = requests.findByStatusInOrderByCreatedAtDesc(SupportRequestService.OPEN_STATES);
        progress.total(open.size());
        List<PolicyDryRun.Change> changes = new ArrayList<>();
        for (SupportRequest request : open) {
            progress.checkpoint();
            Matcher.Outcome before = matchmaking.outcome(request, active.compiled());
            Matcher.Outcome after = matchmaking.outcome(request, candidate.compiled());
            List<String> shownBefore = names(before, active.compiled());
            List<String> shownAfter = names(after, candidate.compiled());
            List<PolicyDryRun.Lost> lost = before.ranked().stream()
                    .filter(match -> after.excluded().containsKey(match.expertId()))
                    .map(match -> new PolicyDryRun.Lost(match.expertId(), match.expertName(),
                            after.excluded().get(match.expertId())))
                    .toList();
            List<PolicyDryRun.Reworded> reworded = reworded(before, after, active.compiled());
            if (!shownBefore.equals(shownAfter) || !lost.isEmpty() || !reworded.isEmpty()) {
                changes.add(new PolicyDryRun.Change(request.getId(), matchmaking.enterpriseName(request),
                        request.getItemCode(), shownBefore, shownAfter, lost, reworded));
            }
            progress.advance(1);
        }
        audit.record(MatchingAuditActions.POLICY_DRY_RUN, kind.auditTarget(), number,
                open.size() + " requests, " + changes.size() + " changed");
        return new PolicyDryRun(number, active.number(), open.size(), changes, List.of());
    }

    /**
     * The experts proposed under both versions whose explanation says other things (other facts or a rule's other
     * words, not merely other points: a weight change moves every score and would list everyone).
     */
    private List<PolicyDryRun.Reworded> reworded(Matcher.Outcome before, Matcher.Outcome after, MatchingRules rules) {
        java.util.Map<Long, Match> afterById = new java.util.HashMap<>();
        after.ranked().forEach(match -> afterById.put(match.expertId(), match));
        return before.ranked().stream().limit(rules.policy().offer().shownCandidates())
                .filter(match -> afterById.containsKey(match.expertId())
                        && !said(match).equals(said(afterById.get(match.expertId()))))
                .map(match -> new PolicyDryRun.Reworded(match.expertName(),
                        explanations.of(match, TranslationProvider.VIETNAMESE),
                        explanations.of(afterById.get(match.expertId()), TranslationProvider.VIETNAMESE),
                        explanations.of(match, TranslationProvider.ENGLISH),
                        explanations.of(afterById.get(match.expertId()), TranslationProvider.ENGLISH)))
                .toList();
    }

    private static List<String> said(Match match) {
        return match.parts().stream().map(part -> part.component() + " " + part.detailKey() + " " + part.args())
                .toList();
    }

    private static List<String> names(Matcher.Outcome outcome, MatchingRules rules) {
        return outcome.ranked().stream().limit(rules.policy().offer().shownCandidates()).map(Match::expertName)
                .toList();
    }
}
