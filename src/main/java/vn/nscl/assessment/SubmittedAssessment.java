package vn.nscl.assessment;

import java.util.Map;

/**
 * A submitted assessment as other modules read it: who, which questionnaire, what was answered and scored, and the
 * indicators at submission. {@code answers} holds the level of each answered question (not-applicable ones left
 * out).
 */
public record SubmittedAssessment(long id, long enterpriseId, Tier tier, int year, Respondent respondent,
        ScoreCard scores, Map<String, Integer> answers, IndicatorSnapshot indicators) {
}
