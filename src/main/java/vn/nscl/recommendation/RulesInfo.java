package vn.nscl.recommendation;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * The recommendation rule set this instance evaluates with, in the actuator's info: after an officer activates a
 * version, monitoring sees every instance follow it (within nscl.rules.refresh-every).
 */
@Component
class RulesInfo implements InfoContributor {

    private final RuleEngine engine;

    RulesInfo(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public void contribute(Info.Builder builder) {
        RuleEngine.Active active = engine.activeIfStarted();
        if (active != null) {
            builder.withDetail("recommendationRules", Map.of("version", active.number(), "rules", active.ruleCount()));
        }
    }
}
