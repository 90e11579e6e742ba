package vn.nscl.recommendation;

import java.util.List;

/**
 * The recommendations of one assessment, the rule-set version (its number) that produced them, and the figures the
 * enterprise could add for more precise advice (translation keys {@code recommendations.missing.*}).
 */
public record AssessmentRecommendations(long assessmentId, int ruleSetNumber, List<Recommendation> recommendations,
        List<String> missingFigures) {

    AssessmentRecommendations withMissingFigures(List<String> missing) {
        return new AssessmentRecommendations(assessmentId, ruleSetNumber, recommendations, List.copyOf(missing));
    }

    public List<Recommendation> tools() {
        return recommendations.stream().filter(r -> !r.programme()).toList();
    }

    public List<Recommendation> programmes() {
        return recommendations.stream().filter(Recommendation::programme).toList();
    }
}
