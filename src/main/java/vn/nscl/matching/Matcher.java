package vn.nscl.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.nscl.expert.Competence;
import vn.nscl.expert.ExpertCandidate;
import vn.nscl.expert.Language;
import vn.nscl.matching.facts.Candidate;
import vn.nscl.matching.facts.Ranking;
import vn.nscl.matching.facts.Request;
import vn.nscl.rulebase.RuleRun;

/**
 * Feeds the matching rules: the request and one candidate per expert go into the active matching rules, which
 * exclude (hard constraints) and score (weighted parts, each with the facts behind it); what they wrote is read back,
 * summed and sorted. Which expert is excluded and how each part is scored is the rules' alone.
 * <p>
 * For speed the rules run in two phases ({@link RulePhases}): those that do not read the request once per pool
 * ({@link PoolScores}, kept while the pool, loads and ratings stay as they are), then, per request, the rules that
 * read it, over the experts in order of the points already settled, and only until nobody left could pass the last
 * expert shown even with full points in every component the request rules score. A ranking among thousands so runs
 * its request rules for a few dozen. The result is the same as running every rule over every expert in one session.
 */
final class Matcher {

    /** An expert's average rating and how many ratings it rests on. */
    record Rating(double average, int count) {
    }

    /** The eligible experts best first, and why each of the others was excluded. */
    record Outcome(List<Match> ranked, Map<Long, String> excluded) {
    }

    /** Rules fire a handful of times per candidate; far more means a rule is looping. */
    static final int FIRES_PER_CANDIDATE = 40;

    /** How many experts a ranking first runs the request rules for, doubled while the top is not settled. */
    private static final int FIRST_LOOK = 64;

    /** Scores are rounded to a tenth per part: a margin so rounding never stops a search too early. */
    private static final double ROUNDING_MARGIN = 0.5;

    /** Experts speak a handful of language combinations: each is turned into codes once. */
    private static final Map<Set<Language>, Set<String>> LANGUAGE_CODES = new java.util.concurrent.ConcurrentHashMap<>();

    private Matcher() {
    }

    private static Set<String> codes(Set<Language> languages) {
        Set<String> codes = new HashSet<>();
        languages.forEach(language -> codes.add(language.code()));
        return java.util.Collections.unmodifiableSet(codes);
    }

    /** The eligible experts, best first; {@code limit} 0 keeps them all. */
    static List<Match> rank(RequestFacts request, List<ExpertCandidate> candidates, Map<Long, Integer> loads,
            Map<Long, Rating> ratings, MatchingRules rules, LocalDate today, int limit) {
        return run(request, candidates, loads, ratings, rules, today, limit).ranked();
    }

    /** Every eligible expert best first, and every other with the reason. */
    static Outcome run(RequestFacts request, List<ExpertCandidate> candidates, Map<Long, Integer> loads,
            Map<Long, Rating> ratings, MatchingRules rules, LocalDate today) {
        return run(request, candidates, loads, ratings, rules, today, 0);
    }

    /**
     * Runs the rules; only the first {@code limit} eligible experts (0: all) are returned with their explained
     * parts, and the exclusions only when all are asked for.
     */
    private static Outcome run(RequestFacts request, List<ExpertCandidate> pool, Map<Long, Integer> loads,
            Map<Long, Rating> ratings, MatchingRules rules, LocalDate today, int limit) {
        Request requestFact = new Request(request.itemCode(), request.mode().name(), request.language().code(),
                request.communeCode(), request.sectorCode(), request.enterpriseCode(),
                rules.policy().certificateRequiredFor().contains(request.itemCode()), request.excluded());
        if (!rules.phases().split()) {
            return unsplit(requestFact, request.itemCode(), pool, loads, ratings, rules, today, limit);
        }
        PoolScores scores = rules.poolScores(request.itemCode(), pool, today, loads, ratings);
        Ranking ranking = new Ranking(scores.ranking());
        int[] order = scores.order();
        boolean narrowing = limit > 0 && rules.phases().narrowing();
        double reachable = reachable(rules.phases(), ranking);
        List<Integer> eligible = new ArrayList<>();
        try (RuleRun.Session session = RuleRun.open(rules.requestBase(), rules.globals(ranking))) {
            session.add(requestFact);
            int examined = 0;
            int batch = narrowing ? Math.max(FIRST_LOOK, 4 * limit) : order.length;
            while (examined < order.length) {
                int end = Math.min(order.length, examined + batch);
                for (int i = examined; i < end; i++) {
                    session.add(scores.candidate(order[i]));
                }
                session.fire(FIRES_PER_CANDIDATE * (end + 1));
                for (int i = examined; i < end; i++) {
                    if (ranking.exclusionOf(order[i]) == null) {
                        eligible.add(order[i]);
                    }
                }
                examined = end;
                if (narrowing && examined < order.length
                        && lastShown(eligible, ranking, limit) > scores.settled(order[examined]) + reachable) {
                    break;
                }
                batch *= 2;
            }
        }
        Map<Long, String> excluded = limit > 0 ? Map.of() : exclusions(scores, ranking, order);
        return outcome(eligible, pool, ranking, limit, excluded);
    }

    /** The most points a request rule can still add to an expert's settled points, with a margin for rounding. */
    private static double reachable(RulePhases phases, Ranking ranking) {
        double points = ROUNDING_MARGIN;
        for (ScoreComponent component : phases.requestComponents()) {
            points += ranking.weightOf(component);
        }
        return points;
    }

    /** Components a request rule may score, by ordinal: the others are settled once per pool. */
    static boolean[] openComponents(RulePhases phases) {
        boolean[] open = new boolean[ScoreComponent.values().length];
        phases.requestComponents().forEach(component -> open[component.ordinal()] = true);
        return open;
    }

    /** The total of the {@code limit}-th best expert found so far; below any score while fewer are found. */
    private static double lastShown(List<Integer> eligible, Ranking ranking, int limit) {
        if (eligible.size() < limit) {
            return Double.NEGATIVE_INFINITY;
        }
        double[] totals = new double[eligible.size()];
        for (int i = 0; i < totals.length; i++) {
            totals[i] = ranking.totalOf(eligible.get(i));
        }
        java.util.Arrays.sort(totals);
        return totals[totals.length - limit];
    }

    private static Map<Long, String> exclusions(PoolScores scores, Ranking ranking, int[] order) {
        Map<Long, String> excluded = new HashMap<>(scores.excluded());
        for (int slot : order) {
            String exclusion = ranking.exclusionOf(slot);
            if (exclusion != null) {
                excluded.put(scores.candidate(slot).getId(), exclusion);
            }
        }
        return excluded;
    }

    /** Every rule over every expert in one session: for rule sets whose order of firing matters. */
    private static Outcome unsplit(Request requestFact, String itemCode, List<ExpertCandidate> pool,
            Map<Long, Integer> loads, Map<Long, Rating> ratings, MatchingRules rules, LocalDate today, int limit) {
        List<Object> facts = new ArrayList<>(pool.size() + 1);
        facts.add(requestFact);
        facts.addAll(Arrays.asList(candidates(itemCode, pool, loads, ratings, today)));
        Ranking ranking = new Ranking(rules.settings(), pool.size());
        RuleRun.run(rules.base(), facts, rules.globals(ranking), FIRES_PER_CANDIDATE * (pool.size() + 1));
        Map<Long, String> excluded = new HashMap<>();
        List<Integer> eligible = new ArrayList<>();
        for (int slot = 0; slot < pool.size(); slot++) {
            String exclusion = ranking.exclusionOf(slot);
            if (exclusion != null) {
                excluded.put(pool.get(slot).id(), exclusion);
            } else {
                eligible.add(slot);
            }
        }
        return outcome(eligible, pool, ranking, limit, excluded);
    }

    /** Sorts the eligible (total, then id) and writes out the parts of the first {@code limit} (0: all). */
    private static Outcome outcome(List<Integer> eligible, List<ExpertCandidate> pool, Ranking ranking, int limit,
            Map<Long, String> excluded) {
        Map<Integer, Double> totals = new HashMap<>();
        eligible.forEach(slot -> totals.put(slot, ranking.totalOf(slot)));
        eligible.sort(Comparator.<Integer>comparingDouble(slot -> -totals.get(slot))
                .thenComparingLong(slot -> pool.get(slot).id()));
        int shown = limit > 0 ? Math.min(limit, eligible.size()) : eligible.size();
        List<Match> ranked = new ArrayList<>(shown);
        for (int slot : eligible.subList(0, shown)) {
            ExpertCandidate expert = pool.get(slot);
            ranked.add(new Match(expert.id(), expert.fullName(), expert.organisation(), expert.productivityCertified(),
                    totals.get(slot), ranking.partsOf(slot)));
        }
        return new Outcome(ranked, excluded);
    }

    /** The pool as the rules see it, each expert in the slot of their place in the pool. */
    static Candidate[] candidates(String itemCode, List<ExpertCandidate> pool, Map<Long, Integer> loads,
            Map<Long, Rating> ratings, LocalDate today) {
        Candidate[] candidates = new Candidate[pool.size()];
        for (int slot = 0; slot < candidates.length; slot++) {
            ExpertCandidate expert = pool.get(slot);
            candidates[slot] = candidate(slot, itemCode, expert, loads.getOrDefault(expert.id(), 0),
                    ratings.get(expert.id()), today);
        }
        return candidates;
    }

    /** The expert as the rules see them when one of the {@code itemCode} competence is asked for. */
    private static Candidate candidate(int slot, String itemCode, ExpertCandidate expert, int load, Rating rating,
            LocalDate today) {
        Competence competence = expert.competences().get(itemCode);
        Set<String> languages = LANGUAGE_CODES.computeIfAbsent(expert.languages(), Matcher::codes);
        return new Candidate(new Candidate.Profile(slot, expert.id(), expert.fullName(),
                competence == null ? 0 : competence.level(), competence == null ? 0 : competence.years(),
                expert.certifiedItems(), expert.certifiedItems().contains(itemCode), expert.pausedOn(today),
                load, expert.capacity(), rating == null ? 0 : rating.count(), rating == null ? 0 : rating.average(),
                expert.homeCommune(), nullSafe(expert.serviceCommunes()), expert.wholeProvince(), expert.onSite(),
                expert.remote(), languages, nullSafe(expert.sectors()), nullSafe(expert.conflictCodes())));
    }

    /** Rules test {@code contains} with codes that may be null; an immutable set would throw on that. */
    private static Set<String> nullSafe(Set<String> codes) {
        return codes instanceof HashSet<String> ? codes : new NullSafeSet(codes);
    }

    /** A read-only view that answers "no" for null instead of throwing, as rules expect of "contains". */
    private static final class NullSafeSet extends java.util.AbstractSet<String> {

        private final Set<String> codes;

        NullSafeSet(Set<String> codes) {
            this.codes = codes;
        }

        @Override
        public boolean contains(Object code) {
            return code != null && codes.contains(code);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Collections.unmodifiableSet(codes).iterator();
        }

        @Override
        public int size() {
            return codes.size();
        }
    }
}
