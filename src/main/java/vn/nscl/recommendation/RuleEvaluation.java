package vn.nscl.recommendation;

import java.util.List;
import java.util.Map;

import org.kie.api.KieBase;

import vn.nscl.recommendation.facts.Advice;
import vn.nscl.rulebase.RuleRun;

/**
 * Runs a rule base over one enterprise's facts in a fresh session, within the rule base's fire and time limits. A
 * session is cheap and never shared, so any number of evaluations run at once, each with the rule base it started
 * with.
 */
final class RuleEvaluation {

    private RuleEvaluation() {
    }

    static List<Advice.Item> evaluate(KieBase base, List<Object> facts) {
        return advise(base, facts).items();
    }

    /** Everything the rules wrote, unmet programme conditions included. */
    static Advice advise(KieBase base, List<Object> facts) {
        Advice advice = new Advice();
        RuleRun.run(base, facts, Map.of("advice", advice));
        return advice;
    }
}
