package vn.nscl.recommendation;

import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import vn.nscl.recommendation.facts.Advice;

/**
 * Runs a rule base over one enterprise's facts in a fresh session. A session is cheap and never shared, so any
 * number of evaluations run at once, each with the rule base it started with.
 */
final class RuleEvaluation {

    /** Stops a rule set that would keep firing (a rule re-triggering itself) instead of hanging. */
    static final int MAX_FIRINGS = 5_000;

    private RuleEvaluation() {
    }

    static List<Advice.Item> evaluate(KieBase base, List<Object> facts) {
        KieSession session = base.newKieSession();
        try {
            Advice advice = new Advice();
            session.setGlobal("advice", advice);
            facts.forEach(session::insert);
            session.fireAllRules(MAX_FIRINGS);
            return advice.items();
        } finally {
            session.dispose();
        }
    }
}
