package vn.nscl.recommendation;

import java.util.List;

/** The recommendations of one assessment, and the rule-set version (its number) that produced them. */
public record AssessmentRecommendations(long assessmentId, int ruleSetNumber, List<Recommendation> recommendations) {

    public List<Recommendation> tools() {
        return recommendations.stream().filter(r -> !r.programme()).toList();
    }

    public List<Recommendation> programmes() {
        return recommendations.stream().filter(Recommendation::programme).toList();
    }
}
