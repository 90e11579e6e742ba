package vn.nscl.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.SubmittedAssessment;
import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.rulebase.RuleFileDiff;
import vn.nscl.rulebase.RuleFiles;
import vn.nscl.rulebase.RuleProblem;
import vn.nscl.rulebase.RuleVersions;
import vn.nscl.rulebase.RunawayRulesException;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskProgress;
import vn.nscl.tasks.TaskStatus;

/**
 * The dry run of the recommendation rules (the rest of their versions' life is {@link RuleVersions}'): a version is
 * run over every submitted assessment and compared with the active one, with what its files change and which expert
 * cases it breaks or mends. Only a version that passed the safety check is ever run, within the rule base's fire and
 * time limits: a runaway rule stops the dry run with a message naming it. Over a province (150,000 assessments) it
 * takes most of a minute, so screens run it as a background task with progress that can be cancelled.
 */
@Service
public class RuleSetService {

    /** The background task kind of a recommendation rules dry run: one runs at a time in the cluster. */
    public static final String TASK_KIND = "recommendation-dry-run";
    /** Assessments read and held at once: bounded memory however large the province. */
    private static final int CHUNK = 1_000;
    /** The first chunk is small so the officer sees assessments counted within the first second of a big run. */
    private static final int FIRST_CHUNK = 100;

    private final RuleVersions versions;
    private final RuleEngine engine;
    private final RecommendationService recommendations;
    private final AssessmentResultsService assessments;
    private final EnterpriseProfileService profiles;
    private final AdviceCaseSuite suite;
    private final AuditLog audit;
    private final BackgroundTasks tasks;

    RuleSetService(RuleVersions versions, RuleEngine engine, RecommendationService recommendations,
            AssessmentResultsService assessments, EnterpriseProfileService profiles, AdviceCaseSuite suite,
            AuditLog audit, BackgroundTasks tasks) {
        this.versions = versions;
        this.engine = engine;
        this.recommendations = recommendations;
        this.assessments = assessments;
        this.profiles = profiles;
        this.suite = suite;
        this.audit = audit;
        this.tasks = tasks;
    }

    /**
     * Starts the dry run of a version as a background task (its screen follows the progress; refused while another
     * recommendation dry run runs anywhere in the cluster).
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskStatus startDryRun(long versionId) {
        return tasks.start(TASK_KIND, versions.dryRunSubject(RuleEngine.KIND, versionId),
                progress -> dryRun(versionId, progress));
    }

    /**
     * The newest dry run of this version against the rules active now, running or ended (one run before the version
     * or the active rules changed is not this version's any more).
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public Optional<TaskStatus> lastDryRun(long versionId) {
        return tasks.latest(TASK_KIND, versions.dryRunSubject(RuleEngine.KIND, versionId));
    }

    /** What a finished dry run found; empty while it runs or if it failed or was cancelled. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public Optional<DryRunReport> dryRunReport(long taskId) {
        return tasks.result(taskId, TASK_KIND, DryRunReport.class);
    }

    /** Runs the dry run here and now (tests, benchmarks); the screen runs it as a task. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public DryRunReport dryRun(long versionId) {
        return dryRun(versionId, TaskProgress.NONE);
    }

    /**
     * Evaluates the version over every submitted assessment, a chunk at a time in id order, and compares with the
     * active version; then runs the expert cases with both. No transaction spans it: each chunk is read in its own.
     */
    private DryRunReport dryRun(long versionId, TaskProgress progress) {
        long started = System.nanoTime();
        progress.total(assessments.countSubmitted()); // first, so the screen shows the size while the rules build
        int number = versions.version(RuleEngine.KIND, versionId).number();
        RuleEngine.Active active = engine.active();
        RuleFiles candidateFiles = versions.files(RuleEngine.KIND, versionId);
        List<RuleFileDiff.FileDiff> diff = RuleFileDiff.between(versions.files(RuleEngine.KIND, active.versionId())
                .files(), candidateFiles.files());
        RuleSetBuilder.Outcome built = RuleSetBuilder.build(candidateFiles);
        if (!built.ok()) {
            return new DryRunReport(number, active.number(), 0, 0, 0, List.of(), List.of(), built.problems(), diff,
                    null);
        }
        DryRunChanges changes = new DryRunChanges();
        int evaluated = 0;
        long after = 0;
        for (List<SubmittedAssessment> chunk = assessments.submittedAfter(after, FIRST_CHUNK); !chunk.isEmpty();
                chunk = assessments.submittedAfter(after, CHUNK)) {
            progress.checkpoint();
            Map<Long, EnterpriseProfile> byEnterprise = profiles.profilesOf(chunk.stream()
                    .map(SubmittedAssessment::enterpriseId).toList());
            for (SubmittedAssessment assessment : chunk) {
                EnterpriseProfile profile = byEnterprise.get(assessment.enterpriseId());
                List<Object> facts = recommendations.facts(assessment, profile);
                Map<String, String> before = visible(recommendations.rank(active.base(), facts, assessment,
                        profile));
                try {
                    changes.compare(assessment, profile, before,
                            visible(recommendations.rank(built.kieBase(), facts, assessment, profile)));
                } catch (RunawayRulesException runaway) {
                    return stopped(number, active, evaluated, started, runaway, diff);
                }
                evaluated++;
                progress.advance(1);
            }
            after = chunk.getLast().id();
        }
        progress.checkpoint();
        DryRunReport.CaseCheck caseCheck;
        try {
            caseCheck = compare(suite.run(active.base()), suite.run(built.kieBase()));
        } catch (RunawayRulesException runaway) {
            return stopped(number, active, evaluated, started, runaway, diff);
        }
        audit.record(RuleAuditActions.RULES_DRY_RUN, "rule-set", number,
                evaluated + " assessments, " + changes.count() + " changed; cases " + caseCheck.passedAfter() + "/"
                        + caseCheck.runs() + " pass, " + caseCheck.broken().size() + " broken");
        return new DryRunReport(number, active.number(), evaluated, elapsed(started), changes.count(),
                changes.shifts(), changes.listed(), List.of(), diff, caseCheck);
    }

    private DryRunReport stopped(int number, RuleEngine.Active active, int evaluated, long started,
            RunawayRulesException runaway, List<RuleFileDiff.FileDiff> diff) {
        audit.record(RuleAuditActions.RULES_DRY_RUN, "rule-set", number, "dừng: " + runaway.getMessage());
        return new DryRunReport(number, active.number(), evaluated, elapsed(started), 0, List.of(), List.of(),
                List.of(runaway.problem()), diff, null);
    }

    /** Which case runs the candidate breaks or mends compared with the active set. */
    static DryRunReport.CaseCheck compare(AdviceCaseResults before, AdviceCaseResults after) {
        Map<String, AdviceCaseOutcome> previous = new java.util.HashMap<>();
        before.outcomes().forEach(o -> previous.put(o.label(), o));
        List<DryRunReport.CaseRun> broken = new ArrayList<>();
        List<DryRunReport.CaseRun> mended = new ArrayList<>();
        for (AdviceCaseOutcome now : after.outcomes()) {
            AdviceCaseOutcome then = previous.get(now.label());
            List<String> missedNow = codes(now.missed());
            List<String> forbiddenNow = codes(now.forbiddenFound());
            List<String> lost = then == null ? missedNow : DryRunChanges.minus(Set.copyOf(missedNow), Set.copyOf(codes(then.missed())));
            List<String> gained = then == null ? forbiddenNow
                    : DryRunChanges.minus(Set.copyOf(forbiddenNow), Set.copyOf(codes(then.forbiddenFound())));
            String run = now.run().tier().code() + " " + now.run().year();
            if (!lost.isEmpty() || !gained.isEmpty() || now.error() != null && (then == null || then.error() == null)) {
                broken.add(new DryRunReport.CaseRun(now.aCase().title(), run, lost, gained));
            } else if (then != null && !then.passed() && now.passed()) {
                mended.add(new DryRunReport.CaseRun(now.aCase().title(), run, List.of(), List.of()));
            }
        }
        return new DryRunReport.CaseCheck(after.runs(), before.runsPassed(), after.runsPassed(),
                before.firstFiveShare(), after.firstFiveShare(), before.forbiddenFound(), after.forbiddenFound(),
                broken, mended);
    }

    private static List<String> codes(List<AdviceCase.Expectation> expectations) {
        return expectations.stream().map(AdviceCase.Expectation::item).toList();
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** What the enterprise is shown: each item with its reason (two rules naming one item read as one). */
    private static Map<String, String> visible(List<Recommendation> ranked) {
        Map<String, String> shown = new LinkedHashMap<>();
        ranked.stream().filter(Recommendation::shown).forEach(r -> shown.merge(r.code(),
                r.reasonVi() == null ? "" : r.reasonVi(), (a, b) -> a.equals(b) ? a : a + " " + b));
        return shown;
    }
}
