package vn.nscl.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.shared.AccountPrincipal;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * DOST staff enter an assessment an enterprise filled in on paper (at a workshop, or before the platform), for the
 * year it was made. It is scored and stored exactly like one submitted online.
 */
@Service
public class PaperAssessments {

    private final AssessmentRepository assessments;
    private final AssessmentAnswerRepository answers;
    private final Questionnaires questionnaires;
    private final Submission submission;
    private final EnterpriseProfileService profiles;
    private final AuditLog audit;
    private final Clock clock;

    PaperAssessments(AssessmentRepository assessments, AssessmentAnswerRepository answers,
            Questionnaires questionnaires, Submission submission, EnterpriseProfileService profiles, AuditLog audit,
            Clock clock) {
        this.assessments = assessments;
        this.answers = answers;
        this.questionnaires = questionnaires;
        this.submission = submission;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The questions the enterprise is asked in the tier's current questionnaire, as the paper form has them. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Dimension> questions(long enterpriseId, Tier tier) {
        return questionnaires.current(tier).askedOf(respondent(profiles.profile(enterpriseId)));
    }

    /** Who answers decides the questions; without a sector there is no telling which. */
    private static Respondent respondent(EnterpriseProfile profile) {
        if (profile.enterprise().sectorCode() == null) {
            throw new UserFacingException("assessment.error.profile-incomplete");
        }
        return Respondent.of(profile.enterprise());
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public long record(long enterpriseId, Tier tier, int year, List<Answer> given, Instant filledInAt) {
        if (year < 2021 || year > Year.now(clock).getValue() || filledInAt.isAfter(clock.instant())) {
            throw new UserFacingException("assessment.error.paper-date");
        }
        EnterpriseProfile profile = profiles.profile(enterpriseId);
        Respondent respondent = respondent(profile);
        Questionnaire questionnaire = questionnaires.current(tier);
        java.util.Set<String> asked = questionnaire.askedCodes(respondent);
        given.forEach(answer -> answer.requireAnswerable(asked));
        Assessment assessment = assessments.saveAndFlush(new Assessment(enterpriseId, questionnaire.versionId(), year,
                filledInAt));
        Map<String, Answer> byCode = new java.util.HashMap<>();
        for (Answer answer : given) {
            AssessmentAnswer row = new AssessmentAnswer(assessment.getId(), answer.questionCode());
            row.set(answer.level(), answer.notApplicable(), filledInAt);
            answers.save(row);
            byCode.put(answer.questionCode(), answer);
        }
        Long recorder = SignedIn.principal().map(AccountPrincipal::accountId).orElse(null);
        assessment.enteredFromPaper(SignedIn.actorName(), clock.instant());
        ScoreCard card = submission.submit(assessment, questionnaire, respondent, byCode, profile, recorder,
                filledInAt);
        audit.record(AssessmentAuditActions.ASSESSMENT_RECORDED, "assessment", assessment.getId(),
                "đơn vị #" + enterpriseId + ", năm " + year + ", điểm chung " + card.overall() + ", phiếu giấy");
        return assessment.getId();
    }
}
