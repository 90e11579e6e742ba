package vn.nscl.assessment;

import java.util.Map;

/**
 * A submitted assessment as other modules read it: who, which questionnaire version, what was answered and scored,
 * and the indicators at submission. {@code answers} holds the level of each answered question (not-applicable ones
 * left out). An assessment tried without being stored has id 0.
 */
public record SubmittedAssessment(long id, long enterpriseId, Tier tier, long questionnaireVersionId, int year,
        Respondent respondent, ScoreCard scores, Map<String, Integer> answers, IndicatorSnapshot indicators) {
}
