package vn.nscl.matching;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** The matching policy version this instance matches with, in the actuator's info (see RulesInfo). */
@Component
class PolicyInfo implements InfoContributor {

    private final PolicyHolder holder;

    PolicyInfo(PolicyHolder holder) {
        this.holder = holder;
    }

    @Override
    public void contribute(Info.Builder builder) {
        PolicyHolder.Active active = holder.active();
        if (active != null) {
            builder.withDetail("matchingPolicy", Map.of("version", active.number()));
        }
    }
}
