package vn.nscl.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

/**
 * The dry run of the recommendation rules (the rest of their versions' life is {@link RuleVersions}'): a version is
 * run over every submitted assessment and compared with the active one, with what its files change and which expert
 * cases it breaks or mends. Only a version that passed the safety check is ever run, within the rule base's fire and
 * time limits: a runaway rule stops the dry run with a message naming it.
 */
@Service
public class RuleSetService {

    private final RuleVersions versions;
    private final RuleEngine engine;
    private final RecommendationService recommendations;
    private final AssessmentResultsService assessments;
    private final EnterpriseProfileService profiles;
    private final AdviceCaseSuite suite;
    private final AuditLog audit;

    RuleSetService(RuleVersions versions, RuleEngine engine, RecommendationService recommendations,
            AssessmentResultsService assessments, EnterpriseProfileService profiles, AdviceCaseSuite suite,
            AuditLog audit) {
        this.versions = versions;
        this.engine = engine;
        this.recommendations = recommendations;
        this.assessments = assessments;
        this.profiles = profiles;
        this.suite = suite;
        this.audit = audit;
    }

    /** Evaluates the version over every submitted assessment and compares with the active version. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional // not read-only: the audit entry is written in it (PostgreSQL enforces read-only)
    public DryRunReport dryRun(long versionId) {
        long started = System.nanoTime();
        int number = versions.version(RuleEngine.KIND, versionId).number();
        RuleEngine.Active active = engine.active();
        RuleFiles candidateFiles = versions.files(RuleEngine.KIND, versionId);
        List<RuleFileDiff.FileDiff> diff = RuleFileDiff.between(versions.files(RuleEngine.KIND, active.versionId())
                .files(), candidateFiles.files());
        RuleSetBuilder.Outcome built = RuleSetBuilder.build(candidateFiles);
        if (!built.ok()) {
            return new DryRunReport(number, active.number(), 0, 0, List.of(), built.problems(), diff, null);
        }
        List<SubmittedAssessment> all = assessments.allSubmitted();
        Map<Long, EnterpriseProfile> byEnterprise = profiles.profilesOf(all.stream()
                .map(SubmittedAssessment::enterpriseId).toList());
        List<DryRunReport.Change> changes = new ArrayList<>();
        for (SubmittedAssessment assessment : all) {
            EnterpriseProfile profile = byEnterprise.get(assessment.enterpriseId());
            Set<String> before = visible(recommendations.rank(active.base(), assessment, profile));
            Set<String> after;
            try {
                after = visible(recommendations.rank(built.kieBase(), assessment, profile));
            } catch (RunawayRulesException runaway) {
                return stopped(number, active, changes.size(), started, runaway, diff);
            }
            if (!before.equals(after)) {
                changes.add(new DryRunReport.Change(assessment.id(), assessment.enterpriseId(),
                        profile.enterprise().name(), assessment.year(), minus(after, before), minus(before, after)));
            }
        }
        changes.sort(Comparator.comparing(DryRunReport.Change::enterpriseName).thenComparing(DryRunReport.Change::year));
        DryRunReport.CaseCheck caseCheck;
        try {
            caseCheck = compare(suite.run(active.base()), suite.run(built.kieBase()));
        } catch (RunawayRulesException runaway) {
            return stopped(number, active, all.size(), started, runaway, diff);
        }
        audit.record(RuleAuditActions.RULES_DRY_RUN, "rule-set", number,
                all.size() + " assessments, " + changes.size() + " changed; cases " + caseCheck.passedAfter() + "/"
                        + caseCheck.runs() + " pass, " + caseCheck.broken().size() + " broken");
        return new DryRunReport(number, active.number(), all.size(), elapsed(started), changes, List.of(), diff,
                caseCheck);
    }

    private DryRunReport stopped(int number, RuleEngine.Active active, int evaluated, long started,
            RunawayRulesException runaway, List<RuleFileDiff.FileDiff> diff) {
        audit.record(RuleAuditActions.RULES_DRY_RUN, "rule-set", number, "stopped: " + runaway.getMessage());
        return new DryRunReport(number, active.number(), evaluated, elapsed(started), List.of(),
                List.of(new RuleProblem("rules/", 0, 0, runaway.describe())), diff, null);
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
            List<String> lost = then == null ? missedNow : minus(Set.copyOf(missedNow), Set.copyOf(codes(then.missed())));
            List<String> gained = then == null ? forbiddenNow
                    : minus(Set.copyOf(forbiddenNow), Set.copyOf(codes(then.forbiddenFound())));
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

    private static Set<String> visible(List<Recommendation> ranked) {
        Set<String> codes = new LinkedHashSet<>();
        ranked.stream().filter(Recommendation::shown).forEach(r -> codes.add(r.code()));
        return codes;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(code -> !b.contains(code)).toList();
    }
}
