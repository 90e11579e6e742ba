package vn.nscl.matching;

import java.util.LinkedHashMap;
import java.util.Map;

import org.kie.api.KieBase;

import vn.nscl.matching.facts.Settings;

/**
 * A built version of the matching rules: the numbers of {@code matching.yaml} and the Drools base of the constraint
 * and score rules beside it.
 */
record MatchingRules(MatchingPolicy policy, KieBase base, Settings settings) {

    MatchingRules(MatchingPolicy policy, KieBase base) {
        this(policy, base, settingsOf(policy));
    }

    private static Settings settingsOf(MatchingPolicy policy) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (ScoreComponent component : ScoreComponent.values()) {
            weights.put(component.name(), policy.weightOf(component));
        }
        MatchingPolicy.Location l = policy.location();
        return new Settings(new Settings.Numbers(weights, l.sameCommune(), l.serviceArea(), l.wholeProvince(),
                l.remoteOnly(), policy.competence().minimumLevel(), policy.competence().yearsForFullCredit(),
                policy.competence().certificateBonus(), policy.rating().newExpert()));
    }
}
