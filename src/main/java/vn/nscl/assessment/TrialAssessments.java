package vn.nscl.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.shared.UserFacingException;

/**
 * An assessment scored exactly as a submission would score it, without storing anything: expert test cases and
 * officers' trials of draft rules go through the same questionnaire, the same check that every asked dimension is
 * answered, the same scoring and the same indicator snapshot as a real submission.
 */
@Component
public class TrialAssessments {

    private final Questionnaires questionnaires;

    TrialAssessments(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** The codes of the questions the current questionnaire of this tier asks of this enterprise. */
    public java.util.Set<String> askedCodes(Tier tier, EnterpriseProfile profile) {
        return questionnaires.current(tier).askedCodes(respondent(profile));
    }

    /**
     * The enterprise's answers scored as if submitted now for {@code year}. Answers to questions it would not be asked
     * are refused (naming them), as are levels outside 0–4 and dimensions left without any answer.
     */
    public SubmittedAssessment score(Tier tier, int year, EnterpriseProfile profile, Map<String, Integer> levels) {
        Questionnaire questionnaire = questionnaires.current(tier);
        Respondent respondent = respondent(profile);
        java.util.Set<String> asked = questionnaire.askedCodes(respondent);
        TreeSet<String> notAsked = new TreeSet<>(levels.keySet());
        notAsked.removeAll(asked);
        if (!notAsked.isEmpty()) {
            throw new UserFacingException("assessment.error.not-asked", String.join(", ", notAsked));
        }
        Map<String, Answer> answers = new HashMap<>();
        levels.forEach((code, level) -> {
            Answer answer = Answer.level(code, level);
            answer.requireAnswerable(asked);
            answers.put(code, answer);
        });
        List<Dimension> dimensions = questionnaire.askedOf(respondent);
        List<String> unanswered = dimensions.stream()
                .filter(d -> d.questions().stream().noneMatch(q -> answers.containsKey(q.code())))
                .map(Dimension::code).toList();
        if (!unanswered.isEmpty()) {
            throw new UserFacingException("assessment.error.incomplete", String.join(", ", unanswered));
        }
        return new SubmittedAssessment(0, profile.enterprise().id(), tier, questionnaire.versionId(), year, respondent,
                Scoring.score(dimensions, answers), Map.copyOf(levels), Submission.snapshot(profile, year));
    }

    private static Respondent respondent(EnterpriseProfile profile) {
        return Respondent.of(profile.enterprise());
    }
}
