package vn.nscl.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.nscl.expert.Competence;
import vn.nscl.expert.ExpertCandidate;

/**
 * Ranks experts for a request: first the hard constraints (any one excludes), then a weighted score whose every
 * component is kept with the facts behind it, so the enterprise and the officer can read why. Pure and in memory:
 * the caller loads candidates, their current load and ratings.
 */
final class Matcher {

    /** An expert's average rating and how many ratings it rests on. */
    record Rating(double average, int count) {
    }

    private static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble(Match::score).reversed()
            .thenComparingLong(Match::expertId);

    private Matcher() {
    }

    /** The eligible experts, best first; {@code limit} 0 keeps them all. */
    static List<Match> rank(RequestFacts request, List<ExpertCandidate> candidates, Map<Long, Integer> loads,
            Map<Long, Rating> ratings, MatchingPolicy policy, LocalDate today, int limit) {
        List<Match> matches = new ArrayList<>();
        for (ExpertCandidate expert : candidates) {
            int load = loads.getOrDefault(expert.id(), 0);
            if (exclusion(request, expert, load, policy, today).isEmpty()) {
                matches.add(score(request, expert, load, ratings.get(expert.id()), policy));
            }
        }
        matches.sort(BEST_FIRST);
        return limit > 0 && matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    /** The first hard constraint the expert fails for this request, if any. */
    static Optional<Exclusion> exclusion(RequestFacts request, ExpertCandidate expert, int load,
            MatchingPolicy policy, LocalDate today) {
        Competence competence = expert.competences().get(request.itemCode());
        Exclusion found = null;
        if (expert.pausedOn(today)) {
            found = Exclusion.PAUSED;
        } else if (competence == null) {
            found = Exclusion.NO_COMPETENCE;
        } else if (competence.level() < policy.competence().minimumLevel()) {
            found = Exclusion.LEVEL_TOO_LOW;
        } else if (policy.certificateRequiredFor().contains(request.itemCode())
                && !expert.certifiedItems().contains(request.itemCode())) {
            found = Exclusion.NO_CERTIFICATE;
        } else if (load >= expert.capacity()) {
            found = Exclusion.NO_CAPACITY;
        } else if (request.enterpriseCode() != null && expert.conflictCodes().contains(request.enterpriseCode())) {
            found = Exclusion.CONFLICT;
        } else if (request.excluded().contains(expert.id())) {
            found = Exclusion.DECLINED_BEFORE;
        } else if (request.mode() == WorkMode.ON_SITE && !(expert.onSite() && serves(expert, request.communeCode()))) {
            found = Exclusion.NOT_ON_SITE_THERE;
        } else if (request.mode() == WorkMode.REMOTE && !expert.remote()) {
            found = Exclusion.NOT_REMOTE;
        } else if (request.mode() == WorkMode.EITHER && !expert.remote()
                && !(expert.onSite() && serves(expert, request.communeCode()))) {
            found = Exclusion.NOT_ON_SITE_THERE;
        }
        return Optional.ofNullable(found);
    }

    static Match score(RequestFacts request, ExpertCandidate expert, int load, Rating rating, MatchingPolicy policy) {
        List<ScorePart> parts = List.of(competence(request, expert, policy), sector(request, expert, policy),
                location(request, expert, policy), language(request, expert, policy), rating(rating, policy),
                load(expert, load, policy));
        double total = Math.round(parts.stream().mapToDouble(ScorePart::points).sum() * 10) / 10.0;
        return new Match(expert.id(), expert.fullName(), expert.organisation(), expert.productivityCertified(), total,
                parts);
    }

    private static ScorePart competence(RequestFacts request, ExpertCandidate expert, MatchingPolicy policy) {
        Competence c = expert.competences().get(request.itemCode());
        boolean certified = expert.certifiedItems().contains(request.itemCode());
        double fraction = 0.7 * c.level() / Competence.MAX_LEVEL
                + 0.3 * Math.min(1.0, (double) c.years() / policy.competence().yearsForFullCredit());
        if (certified) {
            fraction = Math.min(1.0, fraction + policy.competence().certificateBonus());
        }
        return part(ScoreComponent.COMPETENCE, fraction, policy,
                certified ? "matching.detail.competence-certified" : "matching.detail.competence",
                String.valueOf(c.level()), String.valueOf(c.years()));
    }

    private static ScorePart sector(RequestFacts request, ExpertCandidate expert, MatchingPolicy policy) {
        if (request.sectorCode() == null) {
            return part(ScoreComponent.SECTOR, 0.5, policy, "matching.detail.sector-unknown");
        }
        boolean known = expert.sectors().contains(request.sectorCode());
        return part(ScoreComponent.SECTOR, known ? 1 : 0, policy,
                known ? "matching.detail.sector-yes" : "matching.detail.sector-no", request.sectorCode());
    }

    private static ScorePart location(RequestFacts request, ExpertCandidate expert, MatchingPolicy policy) {
        MatchingPolicy.Location l = policy.location();
        if (request.communeCode() != null && request.communeCode().equals(expert.homeCommune())) {
            return part(ScoreComponent.LOCATION, l.sameCommune(), policy, "matching.detail.location-same");
        }
        if (expert.serviceCommunes().contains(request.communeCode())) {
            return part(ScoreComponent.LOCATION, l.serviceArea(), policy, "matching.detail.location-area");
        }
        if (expert.wholeProvince()) {
            return part(ScoreComponent.LOCATION, l.wholeProvince(), policy, "matching.detail.location-province");
        }
        return part(ScoreComponent.LOCATION, l.remoteOnly(), policy, "matching.detail.location-remote");
    }

    private static ScorePart language(RequestFacts request, ExpertCandidate expert, MatchingPolicy policy) {
        boolean speaks = expert.languages().contains(request.language());
        return part(ScoreComponent.LANGUAGE, speaks ? 1 : 0, policy,
                (speaks ? "matching.detail.language-yes." : "matching.detail.language-no.") + request.language().code());
    }

    private static ScorePart rating(Rating rating, MatchingPolicy policy) {
        if (rating == null || rating.count() == 0) {
            return part(ScoreComponent.RATING, policy.rating().newExpert() / 5, policy, "matching.detail.rating-new",
                    String.valueOf(policy.rating().newExpert()));
        }
        return part(ScoreComponent.RATING, rating.average() / 5, policy, "matching.detail.rating",
                String.format(java.util.Locale.ROOT, "%.1f", rating.average()), String.valueOf(rating.count()));
    }

    private static ScorePart load(ExpertCandidate expert, int load, MatchingPolicy policy) {
        double free = 1.0 - (double) load / expert.capacity();
        return part(ScoreComponent.LOAD, free, policy, "matching.detail.load", String.valueOf(load),
                String.valueOf(expert.capacity()));
    }

    private static ScorePart part(ScoreComponent component, double fraction, MatchingPolicy policy, String detailKey,
            String... args) {
        double max = policy.weightOf(component);
        return new ScorePart(component, Math.round(fraction * max * 10) / 10.0, max, detailKey, List.of(args));
    }

    private static boolean serves(ExpertCandidate expert, String communeCode) {
        return expert.wholeProvince() || communeCode != null && (communeCode.equals(expert.homeCommune())
                || expert.serviceCommunes().contains(communeCode));
    }
}
