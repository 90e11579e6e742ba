package vn.nscl.matching;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import vn.nscl.expert.ExpertCandidate;
import vn.nscl.matching.facts.Candidate;
import vn.nscl.matching.facts.Ranking;
import vn.nscl.rulebase.RuleRun;

/**
 * One pool of experts (everyone verified with one competence) as the rules that do not read the request see it:
 * the candidates, what those rules concluded (exclusions, score parts), and the experts they left in, most promising
 * first: by the points they hold in the components no request rule can change. Shared by every ranking of the
 * competence until the pool, today, a load or a rating differs.
 */
final class PoolScores {

    private final List<ExpertCandidate> pool;
    private final LocalDate today;
    private final Candidate[] candidates;
    /** The experts' ids boxed once: checking a pool against fresh loads looks each up in a map. */
    private final Long[] ids;
    private final Ranking ranking;
    private final int[] order;
    private final double[] settled;
    private final Map<Long, String> excluded;

    private PoolScores(List<ExpertCandidate> pool, LocalDate today, Candidate[] candidates, Ranking ranking,
            int[] order, double[] settled, Map<Long, String> excluded) {
        this.pool = pool;
        this.today = today;
        this.candidates = candidates;
        this.ids = new Long[candidates.length];
        for (int slot = 0; slot < candidates.length; slot++) {
            ids[slot] = candidates[slot].getId();
        }
        this.ranking = ranking;
        this.order = order;
        this.settled = settled;
        this.excluded = excluded;
    }

    static PoolScores of(MatchingRules rules, String itemCode, List<ExpertCandidate> pool, LocalDate today,
            Map<Long, Integer> loads, Map<Long, Matcher.Rating> ratings) {
        Candidate[] candidates = Matcher.candidates(itemCode, pool, loads, ratings, today);
        Ranking ranking = new Ranking(rules.settings(), candidates.length);
        RuleRun.run(rules.base(), Arrays.asList(candidates), rules.globals(ranking),
                Matcher.FIRES_PER_CANDIDATE * (candidates.length + 1), rules.phases().perPool());
        boolean[] open = Matcher.openComponents(rules.phases());
        double[] settled = new double[candidates.length];
        Map<Long, String> excluded = new HashMap<>();
        for (int slot = 0; slot < candidates.length; slot++) {
            String exclusion = ranking.exclusionOf(slot);
            if (exclusion != null) {
                excluded.put(candidates[slot].getId(), exclusion);
            }
            settled[slot] = ranking.pointsBesides(slot, open);
        }
        int[] order = IntStream.range(0, candidates.length).filter(slot -> ranking.exclusionOf(slot) == null).boxed()
                .sorted(Comparator.<Integer>comparingDouble(slot -> -settled[slot])
                        .thenComparingLong(slot -> candidates[slot].getId()))
                .mapToInt(Integer::intValue).toArray();
        return new PoolScores(pool, today, candidates, ranking, order, settled, Map.copyOf(excluded));
    }

    /** Whether this still describes the pool: the same pool and day, and every load and rating as counted. */
    boolean fits(List<ExpertCandidate> current, LocalDate day, Map<Long, Integer> loads,
            Map<Long, Matcher.Rating> ratings) {
        if (current != pool || !day.equals(today)) {
            return false;
        }
        for (int slot = 0; slot < candidates.length; slot++) {
            Candidate candidate = candidates[slot];
            Matcher.Rating rating = ratings.get(ids[slot]);
            Integer load = loads.get(ids[slot]);
            if (candidate.getLoad() != (load == null ? 0 : load)
                    || candidate.getRatingCount() != (rating == null ? 0 : rating.count())
                    || candidate.getRatingAverage() != (rating == null ? 0 : rating.average())) {
                return false;
            }
        }
        return true;
    }

    Candidate candidate(int slot) {
        return candidates[slot];
    }

    /** What the per-pool rules concluded, the base of each request's ranking. */
    Ranking ranking() {
        return ranking;
    }

    /** Slots of the experts no per-pool rule excluded, the most points in the settled components first. */
    int[] order() {
        return order;
    }

    /** The expert's points in the components no request rule can score. */
    double settled(int slot) {
        return settled[slot];
    }

    /** Experts the per-pool rules excluded, with the reason. */
    Map<Long, String> excluded() {
        return excluded;
    }
}
