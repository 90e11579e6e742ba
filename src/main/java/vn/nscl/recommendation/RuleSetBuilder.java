package vn.nscl.recommendation;

import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

import vn.nscl.recommendation.facts.Advice;
import vn.nscl.recommendation.facts.Assessment;
import vn.nscl.recommendation.facts.Certificate;
import vn.nscl.recommendation.facts.DimensionScore;
import vn.nscl.recommendation.facts.Enterprise;
import vn.nscl.recommendation.facts.Fmt;
import vn.nscl.recommendation.facts.Indicators;
import vn.nscl.recommendation.facts.QuestionAnswer;
import vn.nscl.rulebase.RuleBaseBuilder;
import vn.nscl.rulebase.RuleFiles;
import vn.nscl.rulebase.RuleProblem;
import vn.nscl.rulebase.RuleSandbox;

/**
 * Builds the recommendation rules: DRL in package {@code rules.recommendation} over the facts of
 * {@code vn.nscl.recommendation.facts}, writing to the global {@code advice}. Building takes a second or two, so a
 * built base is kept and shared by all evaluations.
 */
final class RuleSetBuilder {

    /** What a recommendation rule may use; everything else is refused before Drools compiles the file. */
    static final RuleSandbox SANDBOX = new RuleSandbox("rules.recommendation",
            List.of(Enterprise.class, Assessment.class, DimensionScore.class, QuestionAnswer.class, Certificate.class,
                    Indicators.class),
            Map.of("advice", Advice.class), List.of(Fmt.class),
            Map.of(QuestionAnswer.class, "question", DimensionScore.class, "dimension", Certificate.class, "code"));

    /** A built base with how many rules it has, or the problems that prevented it. */
    record Outcome(KieBase kieBase, int ruleCount, List<RuleProblem> problems, long millis) {

        boolean ok() {
            return kieBase != null;
        }
    }

    private RuleSetBuilder() {
    }

    /**
     * The last rule sets that built, by the hash of their files: an officer saves a draft (which checks it, so builds
     * it), then dry-runs and activates the same files; each build of the shipped rules takes a second or two.
     */
    private static final Map<String, Outcome> RECENT = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(4, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
                    return size() > 3;
                }
            });

    static Outcome build(RuleFiles files) {
        String hash = files.hash();
        Outcome recent = RECENT.get(hash);
        if (recent != null) {
            return recent;
        }
        RuleBaseBuilder.Built built = RuleBaseBuilder.build(files.files(), SANDBOX);
        Outcome outcome = new Outcome(built.kieBase(), built.ruleCount(), built.problems(), built.millis());
        if (outcome.ok()) {
            RECENT.put(hash, outcome);
        }
        return outcome;
    }

    static List<String> ruleNames(KieBase base) {
        return RuleBaseBuilder.ruleNames(base);
    }
}
