package vn.nscl.recommendation;

import org.kie.api.KieBase;
import org.springframework.stereotype.Component;

import vn.nscl.rulebase.ActiveRules;

/** The recommendation rule base this instance evaluates with (see {@link ActiveRules} for how it is chosen). */
@Component
class RuleEngine {

    static final String KIND = "recommendation";

    /** The active version as built in this instance. */
    record Active(long versionId, int number, KieBase base, int ruleCount) {
    }

    private final ActiveRules rules;
    private final RecommendationRules kind;

    RuleEngine(ActiveRules rules, RecommendationRules kind) {
        this.rules = rules;
        this.kind = kind;
    }

    Active active() {
        return of(rules.current(kind));
    }

    /** Null while the start-up is still building the shipped rules (monitoring must not wait for it). */
    Active activeIfStarted() {
        var current = rules.currentIfStarted(kind);
        return current == null ? null : of(current);
    }

    private static Active of(ActiveRules.Current<KieBase> current) {
        return new Active(current.versionId(), current.number(), current.compiled(), current.ruleCount());
    }
}
