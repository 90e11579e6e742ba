package vn.nscl.matching;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.KieBase;

import vn.nscl.expert.ExpertCandidate;
import vn.nscl.matching.facts.Ranking;
import vn.nscl.matching.facts.Settings;
import vn.nscl.rulebase.RuleBaseBuilder;

/**
 * A built version of the matching rules: the numbers of {@code matching.yaml}, the Drools base of the constraint and
 * score rules beside it, which of those rules read the request ({@link RulePhases}), and per competence what the
 * others concluded of the current pool of experts ({@link PoolScores}, rebuilt when the pool, a load or a rating
 * changes).
 */
final class MatchingRules {

    private final MatchingPolicy policy;
    private final KieBase base;
    private final KieBase requestBase;
    private final Settings settings;
    private final RulePhases phases;
    private final Map<String, PoolScores> poolScores = new ConcurrentHashMap<>();

    MatchingRules(MatchingPolicy policy, RuleBaseBuilder.Built built) {
        this(policy, built, RulePhases.of(built.sources()));
    }

    /** With the phases given: tests compare a split run with {@link RulePhases#UNSPLIT}. */
    MatchingRules(MatchingPolicy policy, RuleBaseBuilder.Built built, RulePhases phases) {
        this.policy = policy;
        this.base = built.kieBase();
        this.settings = settingsOf(policy);
        this.phases = phases;
        // The rules run per request get a base of their own: in the full one every expert would also wake the
        // per-pool rules' conditions, only for their matches to be thrown away.
        this.requestBase = phases.split() ? built.without(RuleBaseBuilder.ruleNames(base).stream()
                .filter(name -> !phases.perRequestRules().contains(name)).toList()) : base;
    }

    MatchingPolicy policy() {
        return policy;
    }

    KieBase base() {
        return base;
    }

    /** What the rules write to ({@code ranking}) and read the numbers from ({@code settings}). */
    Map<String, Object> globals(Ranking ranking) {
        return Map.of("ranking", ranking, "settings", settings);
    }

    /** Only the rules that read the request (all rules when they are not split). */
    KieBase requestBase() {
        return requestBase;
    }

    Settings settings() {
        return settings;
    }

    RulePhases phases() {
        return phases;
    }

    /** What the rules that do not read the request make of this pool today, computed again when it changed. */
    PoolScores poolScores(String itemCode, List<ExpertCandidate> pool, LocalDate today, Map<Long, Integer> loads,
            Map<Long, Matcher.Rating> ratings) {
        PoolScores kept = poolScores.get(itemCode);
        if (kept != null && kept.fits(pool, today, loads, ratings)) {
            return kept;
        }
        PoolScores fresh = PoolScores.of(this, itemCode, pool, today, loads, ratings);
        poolScores.put(itemCode, fresh);
        return fresh;
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
