package vn.nscl.assessment;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * Filling in a self-assessment (Tự đánh giá): start or resume the one draft, save each answer as it is given,
 * remember the step, submit (scored on the server) or discard. Only the enterprise itself works on its draft.
 */
@Service
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final AssessmentAnswerRepository answers;
    private final Questionnaires questionnaires;
    private final AssessmentAccess access;
    private final Submission submission;
    private final EnterpriseProfileService profiles;
    private final AuditLog audit;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, AssessmentAnswerRepository answers,
            Questionnaires questionnaires, AssessmentAccess access, Submission submission,
            EnterpriseProfileService profiles, AuditLog audit, Clock clock) {
        this.assessments = assessments;
        this.answers = answers;
        this.questionnaires = questionnaires;
        this.access = access;
        this.submission = submission;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's draft, if one is open. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public Optional<AssessmentSummary> currentDraft() {
        long enterpriseId = access.callersEnterprise().id();
        return assessments.findFirstByEnterpriseIdAndStatus(enterpriseId, AssessmentStatus.DRAFT).map(this::summary);
    }

    /**
     * Opens a new draft of the tier's current questionnaire for this year. An enterprise has one draft at a time:
     * while one is open, it must be continued or discarded first. The profile must name the sector, because the
     * questions asked depend on it.
     */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public long start(Tier tier) {
        EnterpriseSummary enterprise = access.callersEnterprise();
        if (enterprise.sectorCode() == null) {
            throw new UserFacingException("assessment.error.profile-incomplete");
        }
        if (assessments.findFirstByEnterpriseIdAndStatus(enterprise.id(), AssessmentStatus.DRAFT).isPresent()) {
            throw new UserFacingException("assessment.error.draft-exists");
        }
        Questionnaire questionnaire = questionnaires.current(tier);
        int year = Year.now(clock).getValue();
        Assessment draft = assessments.save(new Assessment(enterprise.id(), questionnaire.versionId(), year,
                clock.instant()));
        int carried = carryOverThisYearsAnswers(draft, questionnaire.askedCodes(Respondent.of(enterprise)));
        audit.record(AssessmentAuditActions.ASSESSMENT_STARTED, "assessment", draft.getId(),
                tier.code() + " v" + questionnaire.version()
                        + (carried == 0 ? "" : ", " + carried + " answers carried"));
        return draft.getId();
    }

    /**
     * Fills a new draft with the answers the enterprise gave to the same questions in its latest assessment submitted
     * the same year (usually the quick check before the full assessment), marked as carried over so the wizard asks
     * to confirm or change them instead of asking again. Returns how many were carried.
     */
    private int carryOverThisYearsAnswers(Assessment draft, java.util.Set<String> asked) {
        Optional<Assessment> earlier = assessments.findByEnterpriseIdAndStatus(draft.getEnterpriseId(),
                AssessmentStatus.SUBMITTED).stream().filter(a -> a.getAssessmentYear() == draft.getAssessmentYear())
                .max(java.util.Comparator.comparing(Assessment::getSubmittedAt));
        if (earlier.isEmpty()) {
            return 0;
        }
        List<AssessmentAnswer> carried = answers.findByAssessmentId(earlier.get().getId()).stream()
                .filter(answer -> asked.contains(answer.getQuestionCode()))
                .map(answer -> AssessmentAnswer.carriedOver(draft.getId(), answer, clock.instant())).toList();
        answers.saveAll(carried);
        return carried.size();
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public AssessmentDraft draft(long assessmentId) {
        AssessmentAccess.Owned owned = access.owned(assessmentId);
        Assessment assessment = owned.assessment();
        assessment.requireDraft();
        Questionnaire questionnaire = questionnaires.byVersionId(assessment.getQuestionnaireVersionId());
        List<AssessmentAnswer> rows = answers.findByAssessmentId(assessmentId);
        Map<String, StoredAnswer> stored = rows.stream()
                .map(AssessmentAnswer::toStored)
                .collect(Collectors.toMap(StoredAnswer::questionCode, Function.identity()));
        return new AssessmentDraft(summary(assessment, stored.size()), questionnaire,
                questionnaire.askedOf(owned.respondent()), stored, assessment.getCurrentStep(),
                carriedFrom(rows));
    }

    /**
     * Saves one answer: a level 0–4, or not applicable. {@code expectedVersion} is the version of the answer the
     * caller saw (null if it saw none); if the answer changed meanwhile (another tab), nothing is saved and the
     * caller is told. Returns the answer as now stored.
     */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public StoredAnswer answer(long assessmentId, String questionCode, Integer level, boolean notApplicable,
            Long expectedVersion) {
        AssessmentAccess.Owned owned = access.owned(assessmentId);
        Assessment assessment = owned.assessment();
        assessment.requireDraft();
        Questionnaire questionnaire = questionnaires.byVersionId(assessment.getQuestionnaireVersionId());
        new Answer(questionCode, level, notApplicable).requireAnswerable(questionnaire.askedCodes(owned.respondent()));
        Optional<AssessmentAnswer> existing = answers.findByAssessmentIdAndQuestionCode(assessmentId, questionCode);
        if (!Objects.equals(existing.map(AssessmentAnswer::getVersion).orElse(null), expectedVersion)) {
            throw new AnswerChangedElsewhereException(existing.map(AssessmentAnswer::toStored).orElse(null));
        }
        AssessmentAnswer answer = existing.orElseGet(() -> new AssessmentAnswer(assessmentId, questionCode));
        answer.set(level, notApplicable, clock.instant());
        try {
            return answers.saveAndFlush(answer).toStored();
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException raced) {
            // Another tab saved this very answer at the same moment.
            throw new AnswerChangedElsewhereException(null);
        }
    }

    /** Remembers where the user is in the wizard, so the next visit resumes there. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void goToStep(long assessmentId, int step) {
        access.owned(assessmentId).assessment().moveTo(step, clock.instant());
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public ScoreCard submit(long assessmentId) {
        AssessmentAccess.Owned owned = access.owned(assessmentId);
        Assessment assessment = owned.assessment();
        assessment.requireDraft();
        Questionnaire questionnaire = questionnaires.byVersionId(assessment.getQuestionnaireVersionId());
        Map<String, Answer> given = answers.findByAssessmentId(assessmentId).stream()
                .map(AssessmentAnswer::toAnswer)
                .collect(Collectors.toMap(Answer::questionCode, Function.identity()));
        ScoreCard card = submission.submit(assessment, questionnaire, owned.respondent(), given,
                profiles.profile(assessment.getEnterpriseId()), SignedIn.accountId(), clock.instant());
        audit.record(AssessmentAuditActions.ASSESSMENT_SUBMITTED, "assessment", assessmentId,
                "điểm chung " + card.overall() + ", mức " + card.maturityLevel());
        return card;
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void discard(long assessmentId) {
        Assessment assessment = access.owned(assessmentId).assessment();
        assessment.requireDraft();
        answers.deleteByAssessment(assessmentId);
        assessments.delete(assessment);
        audit.record(AssessmentAuditActions.ASSESSMENT_DISCARDED, "assessment", assessmentId, null);
    }

    private AssessmentDraft.CarriedFrom carriedFrom(List<AssessmentAnswer> rows) {
        return rows.stream().map(AssessmentAnswer::getCarriedFrom).filter(Objects::nonNull).findFirst()
                .flatMap(assessments::findById).map(source -> new AssessmentDraft.CarriedFrom(source.getId(),
                        questionnaires.byVersionId(source.getQuestionnaireVersionId()).title(),
                        source.getSubmittedAt())).orElse(null);
    }

    AssessmentSummary summary(Assessment assessment) {
        return summary(assessment, answers.countByAssessment(assessment.getId()));
    }

    private AssessmentSummary summary(Assessment assessment, int answered) {
        Questionnaire questionnaire = questionnaires.byVersionId(assessment.getQuestionnaireVersionId());
        return new AssessmentSummary(assessment.getId(), assessment.getEnterpriseId(), Tier.ofCode(questionnaire.code()),
                questionnaire.version(), questionnaire.title(), assessment.getStatus(), assessment.getAssessmentYear(),
                assessment.getStartedAt(), assessment.getSubmittedAt(), assessment.getOverallScore(),
                assessment.getMaturityLevel(), answered, assessment.getEnteredBy(), assessment.getEnteredAt());
    }

    /** The answer changed in another window since the caller last saw it; carries what is stored now. */
    public static class AnswerChangedElsewhereException extends UserFacingException {

        private final transient StoredAnswer current;

        AnswerChangedElsewhereException(StoredAnswer current) {
            super("assessment.error.answer-changed");
            this.current = current;
        }

        public Optional<StoredAnswer> current() {
            return Optional.ofNullable(current);
        }
    }
}
