package vn.nscl.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.kie.api.KieBase;
import org.springframework.stereotype.Component;

import vn.nscl.assessment.SubmittedAssessment;
import vn.nscl.assessment.TrialAssessments;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.recommendation.facts.Advice;
import vn.nscl.shared.UserFacingException;

/**
 * Runs expert cases through the path a real submission takes: the profile sized like a stored one, the answers
 * scored by the assessment module as on submission, the facts, the given rule base and the ranking the enterprise
 * sees. Nothing is stored.
 */
@Component
class AdviceCaseSuite {

    private final AdviceCases cases;
    private final TrialAssessments trials;
    private final EnterpriseProfileService profiles;
    private final RecommendationService recommendations;
    private final RuleProperties properties;

    AdviceCaseSuite(AdviceCases cases, TrialAssessments trials, EnterpriseProfileService profiles,
            RecommendationService recommendations, RuleProperties properties) {
        this.cases = cases;
        this.trials = trials;
        this.profiles = profiles;
        this.recommendations = recommendations;
        this.properties = properties;
    }

    /** Every case, shipped and saved, over this rule base. */
    AdviceCaseResults run(KieBase base) {
        return run(base, cases.all());
    }

    AdviceCaseResults run(KieBase base, List<AdviceCase> suite) {
        List<AdviceCaseOutcome> outcomes = new ArrayList<>();
        for (AdviceCase aCase : suite) {
            EnterpriseProfile profile = profiles.sketched(aCase.profile());
            for (AdviceCase.Run run : aCase.runs()) {
                outcomes.add(outcome(base, aCase, run, profile));
            }
        }
        return new AdviceCaseResults(outcomes);
    }

    private AdviceCaseOutcome outcome(KieBase base, AdviceCase aCase, AdviceCase.Run run, EnterpriseProfile profile) {
        SubmittedAssessment assessment;
        try {
            assessment = trials.score(run.tier(), run.year(), profile, run.answers());
        } catch (UserFacingException problem) {
            return new AdviceCaseOutcome(aCase, run, List.of(), List.of(), List.of(), run.expected(), List.of(),
                    run.expectedProgrammes(), Set.of(), problem.messageKey() + " "
                            + java.util.Arrays.toString(problem.args()), List.of(), Set.of());
        }
        Advice advice = RuleEvaluation.advise(base, recommendations.facts(assessment, profile));
        List<Advice.Item> concluded = advice.items();
        List<Recommendation> ranked = recommendations.rank(concluded, assessment, profile);
        List<String> tools = ranked.stream().filter(r -> !r.programme()).map(Recommendation::code).toList();
        List<String> firstFive = tools.subList(0, Math.min(properties.shown(), tools.size()));
        List<String> programmes = ranked.stream().filter(Recommendation::programme).map(Recommendation::code)
                .toList();
        Set<String> fired = new TreeSet<>();
        concluded.forEach(item -> fired.add(item.rule()));
        advice.unmet().forEach(item -> fired.add(item.rule()));
        Set<String> held = profile.details().validCertificationCodes();
        Set<String> unfitting = new TreeSet<>();
        concluded.stream().filter(item -> !item.programme() && !held.contains(item.code())
                && !tools.contains(item.code())).forEach(item -> unfitting.add(item.code()));
        return new AdviceCaseOutcome(aCase, run, firstFive, tools, programmes,
                run.expected().stream().filter(e -> !firstFive.contains(e.item())).toList(),
                run.forbidden().stream().filter(e -> tools.contains(e.item()) || programmes.contains(e.item()))
                        .toList(),
                run.expectedProgrammes().stream().filter(e -> !programmes.contains(e.item())).toList(), fired, null,
                ranked, unfitting);
    }
}
