package vn.nscl.matching;

import java.util.List;

/**
 * The tunable part of matching, read from {@code rules/matching/matching.yaml}: the weights of the score's
 * components, the location fractions, the competence and rating settings, the standards that need a certificate,
 * the offer deadline and how many candidates are shown. The hard constraints themselves are fixed in code.
 */
record MatchingPolicy(Weights weights, Location location, CompetenceSettings competence, RatingSettings rating,
        List<String> certificateRequiredFor, Offer offer, int followUpMonths) {

    record Weights(double competence, double sector, double location, double language, double rating, double load) {

        double total() {
            return competence + sector + location + language + rating + load;
        }
    }

    record Location(double sameCommune, double serviceArea, double wholeProvince, double remoteOnly) {
    }

    record CompetenceSettings(int minimumLevel, int yearsForFullCredit, double certificateBonus) {
    }

    record RatingSettings(double newExpert) {
    }

    record Offer(int deadlineWorkingDays, int shownCandidates) {
    }

    double weightOf(ScoreComponent component) {
        return switch (component) {
            case COMPETENCE -> weights.competence();
            case SECTOR -> weights.sector();
            case LOCATION -> weights.location();
            case LANGUAGE -> weights.language();
            case RATING -> weights.rating();
            case LOAD -> weights.load();
        };
    }
}
