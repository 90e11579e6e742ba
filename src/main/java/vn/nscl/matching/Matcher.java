package vn.nscl.matching;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Feeds the matching rules: the request and one candidate per expert go into a session of the active matching rules,
 * which exclude (hard constraints) and score (weighted parts, each with the facts behind it); what they wrote is
 * read back, summed and sorted. Which expert is excluded and how each part is scored is the rules' alone.
 */
final class Matcher {

    /** An expert's average rating and how many ratings it rests on. */
    record Rating(double average, int count) {
    }

    /** The eligible experts best first, and why each of the others was excluded. */
    record Outcome(List<Match> ranked, Map<Long, String> excluded) {
    }

    /** Rules fire a handful of times per candidate; far more means a rule is looping. */
    private static final int FIRES_PER_CANDIDATE = 40;

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

    static Outcome run(RequestFacts request, List<ExpertCandidate> candidates, Map<Long, Integer> loads,
            Map<Long, Rating> ratings, MatchingRules rules, LocalDate today) {
        return run(request, candidates, loads, ratings, rules, today, 0);
    }

    /** Runs the rules; only the first {@code limit} eligible experts (0: all) get their explained parts written. */
    private static Outcome run(RequestFacts request, List<ExpertCandidate> candidates, Map<Long, Integer> loads,
            Map<Long, Rating> ratings, MatchingRules rules, LocalDate today, int limit) {
        Request requestFact = new Request(request.itemCode(), request.mode().name(), request.language().code(),
                request.communeCode(), request.sectorCode(), request.enterpriseCode(),
                rules.policy().certificateRequiredFor().contains(request.itemCode()));
        List<Object> facts = new ArrayList<>(candidates.size() + 1);
        facts.add(requestFact);
        for (int slot = 0; slot < candidates.size(); slot++) {
            ExpertCandidate expert = candidates.get(slot);
            facts.add(candidate(slot, request, expert, loads.getOrDefault(expert.id(), 0), ratings.get(expert.id()),
                    today));
        }
        Ranking ranking = new Ranking(rules.settings(), candidates.size());
        RuleRun.run(rules.base(), facts, Map.of("ranking", ranking, "settings", rules.settings()),
                FIRES_PER_CANDIDATE * (candidates.size() + 1));
        Map<Long, String> excluded = new HashMap<>();
        List<Integer> eligible = new ArrayList<>();
        double[] totals = new double[candidates.size()];
        for (int slot = 0; slot < candidates.size(); slot++) {
            String exclusion = ranking.exclusionOf(slot);
            if (exclusion != null) {
                excluded.put(candidates.get(slot).id(), exclusion);
            } else {
                totals[slot] = ranking.totalOf(slot);
                eligible.add(slot);
            }
        }
        eligible.sort(Comparator.<Integer>comparingDouble(slot -> -totals[slot])
                .thenComparingLong(slot -> candidates.get(slot).id()));
        int shown = limit > 0 ? Math.min(limit, eligible.size()) : eligible.size();
        List<Match> ranked = new ArrayList<>(shown);
        for (int slot : eligible.subList(0, shown)) {
            ExpertCandidate expert = candidates.get(slot);
            ranked.add(new Match(expert.id(), expert.fullName(), expert.organisation(), expert.productivityCertified(),
                    totals[slot], ranking.partsOf(slot)));
        }
        return new Outcome(ranked, excluded);
    }

    private static Candidate candidate(int slot, RequestFacts request, ExpertCandidate expert, int load,
            Rating rating, LocalDate today) {
        Competence competence = expert.competences().get(request.itemCode());
        Set<String> languages = LANGUAGE_CODES.computeIfAbsent(expert.languages(), Matcher::codes);
        return new Candidate(new Candidate.Profile(slot, expert.id(), expert.fullName(),
                competence == null ? 0 : competence.level(), competence == null ? 0 : competence.years(),
                expert.certifiedItems(), expert.certifiedItems().contains(request.itemCode()), expert.pausedOn(today),
                load, expert.capacity(), rating == null ? 0 : rating.count(), rating == null ? 0 : rating.average(),
                expert.homeCommune(), nullSafe(expert.serviceCommunes()), expert.wholeProvince(), expert.onSite(),
                expert.remote(), languages, nullSafe(expert.sectors()), nullSafe(expert.conflictCodes()),
                request.excluded().contains(expert.id())));
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
