package vn.nscl.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.nscl.shared.UserFacingException;

/**
 * One self-assessment of one enterprise, pinned to the questionnaire version it answers. A draft changes answer by
 * answer; submission scores it and takes snapshots (sector, indicators) so later edits elsewhere never change it.
 */
@Entity
@Table(name = "assessment")
class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long enterpriseId;

    @Column(nullable = false)
    private long questionnaireVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AssessmentStatus status;

    @Column(nullable = false)
    private int assessmentYear;

    @Column(nullable = false)
    private int currentStep;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant submittedAt;
    private Long submittedBy;

    /** Set when DOST entered the assessment from a paper form: the officer's name and when it was typed in. */
    @Column(length = 254)
    private String enteredBy;
    private Instant enteredAt;

    @Column(length = 1)
    private String sectorCode;

    private Boolean foodProducer;
    private Boolean household;
    private BigDecimal overallScore;
    private Integer maturityLevel;

    @Column(length = 100_000)
    private String indicators;

    @Column(nullable = false)
    private boolean latest;

    /** Newest first: by assessment year, then submission time, then id (for the same instant). */
    static final java.util.Comparator<Assessment> NEWEST_FIRST = java.util.Comparator
            .comparingInt(Assessment::getAssessmentYear)
            .thenComparing(Assessment::getSubmittedAt, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
            .thenComparing(Assessment::getId).reversed();

    protected Assessment() {
    }

    Assessment(long enterpriseId, long questionnaireVersionId, int assessmentYear, Instant now) {
        this.enterpriseId = enterpriseId;
        this.questionnaireVersionId = questionnaireVersionId;
        this.assessmentYear = assessmentYear;
        this.status = AssessmentStatus.DRAFT;
        this.startedAt = now;
        this.updatedAt = now;
    }

    void requireDraft() {
        if (status != AssessmentStatus.DRAFT) {
            throw new UserFacingException("assessment.error.already-submitted");
        }
    }

    void moveTo(int step, Instant now) {
        requireDraft();
        currentStep = Math.max(0, step);
        updatedAt = now;
    }

    void enteredFromPaper(String officer, Instant now) {
        enteredBy = officer;
        enteredAt = now;
    }

    String getEnteredBy() {
        return enteredBy;
    }

    Instant getEnteredAt() {
        return enteredAt;
    }

    void submit(ScoreCard scores, Respondent respondent, String indicatorsJson, Long submitter, Instant now) {
        requireDraft();
        status = AssessmentStatus.SUBMITTED;
        overallScore = scores.overall();
        maturityLevel = scores.maturityLevel();
        sectorCode = respondent.sectorCode();
        foodProducer = respondent.foodProducer();
        household = respondent.household();
        indicators = indicatorsJson;
        submittedBy = submitter;
        submittedAt = now;
        updatedAt = now;
    }

    void markLatest(boolean isLatest) {
        latest = isLatest;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getEnterpriseId() {
        return enterpriseId;
    }

    long getQuestionnaireVersionId() {
        return questionnaireVersionId;
    }

    AssessmentStatus getStatus() {
        return status;
    }

    int getAssessmentYear() {
        return assessmentYear;
    }

    int getCurrentStep() {
        return currentStep;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSectorCode() {
        return sectorCode;
    }

    Respondent submittedRespondent() {
        return new Respondent(sectorCode, Boolean.TRUE.equals(foodProducer), Boolean.TRUE.equals(household));
    }

    BigDecimal getOverallScore() {
        return overallScore;
    }

    Integer getMaturityLevel() {
        return maturityLevel;
    }

    String getIndicators() {
        return indicators;
    }

    boolean isLatest() {
        return latest;
    }
}
