package vn.nscl.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Loads submitted assessments with their scores and answers in a few queries per thousand, so that evaluating a
 * rule set over every assessment of the province stays fast.
 */
@Component
class BulkSubmitted {

    private static final int CHUNK = 1000;

    private final DimensionScoreRepository scores;
    private final AssessmentAnswerRepository answers;
    private final Questionnaires questionnaires;

    BulkSubmitted(DimensionScoreRepository scores, AssessmentAnswerRepository answers, Questionnaires questionnaires) {
        this.scores = scores;
        this.answers = answers;
        this.questionnaires = questionnaires;
    }

    List<SubmittedAssessment> load(List<Assessment> submitted) {
        List<SubmittedAssessment> loaded = new ArrayList<>(submitted.size());
        for (int start = 0; start < submitted.size(); start += CHUNK) {
            List<Assessment> chunk = submitted.subList(start, Math.min(submitted.size(), start + CHUNK));
            List<Long> ids = chunk.stream().map(Assessment::getId).toList();
            Map<Long, List<DimensionScore>> scoresById = new HashMap<>();
            scores.findByAssessmentIdIn(ids).forEach(s -> scoresById
                    .computeIfAbsent(s.getAssessmentId(), id -> new ArrayList<>()).add(s.toScore(0)));
            Map<Long, Map<String, Integer>> answersById = new HashMap<>();
            answers.findByAssessmentIdIn(ids).forEach(a -> {
                Answer answer = a.toAnswer();
                if (answer.level() != null) {
                    answersById.computeIfAbsent(a.getAssessmentId(), id -> new HashMap<>())
                            .put(answer.questionCode(), answer.level());
                }
            });
            for (Assessment assessment : chunk) {
                Questionnaire questionnaire = questionnaires.byVersionId(assessment.getQuestionnaireVersionId());
                loaded.add(new SubmittedAssessment(assessment.getId(), assessment.getEnterpriseId(),
                        Tier.ofCode(questionnaire.code()), questionnaire.versionId(), assessment.getAssessmentYear(),
                        assessment.submittedRespondent(),
                        new ScoreCard(scoresById.getOrDefault(assessment.getId(), List.of()),
                                assessment.getOverallScore(), assessment.getMaturityLevel()),
                        answersById.getOrDefault(assessment.getId(), Map.of()),
                        Submission.readSnapshot(assessment.getIndicators())));
            }
        }
        return loaded;
    }
}
