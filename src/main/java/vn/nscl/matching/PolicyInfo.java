package vn.nscl.matching;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import vn.nscl.rulebase.ActiveRules;

/** The matching rules version this instance matches with, in the actuator's info (see RulesInfo). */
@Component
class PolicyInfo implements InfoContributor {

    private final ActiveRules rules;
    private final MatchingRuleKind kind;

    PolicyInfo(ActiveRules rules, MatchingRuleKind kind) {
        this.rules = rules;
        this.kind = kind;
    }

    @Override
    public void contribute(Info.Builder builder) {
        var active = rules.currentIfStarted(kind);
        if (active != null) {
            builder.withDetail("matchingPolicy", Map.of("version", active.number(), "rules", active.ruleCount()));
        }
    }
}
