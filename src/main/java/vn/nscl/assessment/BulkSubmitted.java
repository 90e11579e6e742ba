package vn.nscl.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
            Set<Long> wanted = Set.copyOf(ids);
            long first = Collections.min(ids);
            long last = Collections.max(ids);
            // A dense run of ids (a dry run's chunk) is read as a range: H2 checks an IN list of a thousand bound
            // values one by one for every row it finds, which made each chunk cost a second.
            boolean dense = last - first < 2L * ids.size();
            Map<Long, List<DimensionScore>> scoresById = new HashMap<>();
            (dense ? scores.findByAssessmentIdBetween(first, last) : scores.findByAssessmentIdIn(ids)).stream()
                    .filter(s -> wanted.contains(s.getAssessmentId())).forEach(s -> scoresById
                    .computeIfAbsent(s.getAssessmentId(), id -> new ArrayList<>()).add(s.toScore(0)));
            Map<Long, Map<String, Integer>> answersById = new HashMap<>();
            (dense ? answers.findByAssessmentIdBetween(first, last) : answers.findByAssessmentIdIn(ids)).stream()
                    .filter(a -> wanted.contains(a.getAssessmentId())).forEach(a -> {
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
