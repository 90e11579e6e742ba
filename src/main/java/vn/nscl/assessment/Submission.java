package vn.nscl.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.ProductivityIndicators;
import vn.nscl.enterprise.YearFigures;
import vn.nscl.shared.UserFacingException;

/**
 * Turns a draft into a submitted assessment: checks every asked dimension has an answer, scores it, stores the
 * scores and the snapshots, keeps the "latest assessment of this enterprise" mark right, and announces it.
 */
@Component
class Submission {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final AssessmentRepository assessments;
    private final DimensionScoreRepository scores;
    private final ApplicationEventPublisher events;

    Submission(AssessmentRepository assessments, DimensionScoreRepository scores, ApplicationEventPublisher events) {
        this.assessments = assessments;
        this.scores = scores;
        this.events = events;
    }

    ScoreCard submit(Assessment assessment, Questionnaire questionnaire, Respondent respondent,
            Map<String, Answer> answers, EnterpriseProfile profile, Long submitter, Instant when) {
        List<Dimension> asked = questionnaire.askedOf(respondent);
        List<String> unanswered = asked.stream()
                .filter(d -> d.questions().stream().noneMatch(q -> answers.containsKey(q.code())))
                .map(Dimension::code).toList();
        if (!unanswered.isEmpty()) {
            throw new UserFacingException("assessment.error.incomplete", String.join(", ", unanswered));
        }
        ScoreCard card = Scoring.score(asked, answers);
        assessment.submit(card, respondent, JSON.writeValueAsString(snapshot(profile, assessment.getAssessmentYear())),
                submitter, when);
        assessments.saveAndFlush(assessment);
        card.dimensions().forEach(score -> scores.save(new AssessmentDimensionScore(assessment.getId(), score)));
        updateLatest(assessment);
        events.publishEvent(new AssessmentSubmitted(assessment.getId(), assessment.getEnterpriseId(), when));
        return card;
    }

    /**
     * The figures the assessment is judged on: those of its year, or, early in a year when they are not known yet,
     * those of the year before (the last closed year), with the year before those to compare.
     */
    static IndicatorSnapshot snapshot(EnterpriseProfile profile, int year) {
        YearFigures current = profile.figuresOf(year).or(() -> profile.figuresOf(year - 1))
                .orElse(YearFigures.empty(year));
        YearFigures previous = profile.figuresOf(current.year() - 1).orElse(null);
        return new IndicatorSnapshot(current, previous, ProductivityIndicators.of(current, previous));
    }

    static IndicatorSnapshot readSnapshot(String json) {
        return json == null ? null : JSON.readValue(json, IndicatorSnapshot.class);
    }

    /** The enterprise's latest assessment is the newest year's most recently submitted one. */
    private void updateLatest(Assessment submitted) {
        Assessment newest = assessments.findByEnterpriseIdAndStatus(submitted.getEnterpriseId(),
                AssessmentStatus.SUBMITTED).stream().min(Assessment.NEWEST_FIRST).orElse(submitted);
        if (newest.getId().equals(submitted.getId())) {
            assessments.clearLatest(submitted.getEnterpriseId());
            submitted.markLatest(true);
            assessments.saveAndFlush(submitted);
        }
    }
}
