package vn.nscl.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One stored answer. Each answer is its own row with its own version, so two browser tabs answering different
 * questions of one draft never overwrite each other, and a stale tab changing the same answer is told so.
 */
@Entity
@Table(name = "assessment_answer")
class AssessmentAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long assessmentId;

    @Column(nullable = false, length = 20)
    private String questionCode;

    @Column(name = "answer_level")
    private Integer level;

    @Column(nullable = false)
    private boolean notApplicable;

    @Column(nullable = false)
    private Instant answeredAt;

    /** The submitted assessment this answer was filled in from, until the enterprise confirms or changes it. */
    @Column(name = "carried_from")
    private Long carriedFrom;

    protected AssessmentAnswer() {
    }

    AssessmentAnswer(long assessmentId, String questionCode) {
        this.assessmentId = assessmentId;
        this.questionCode = questionCode;
    }

    /** The same answer as one given in an earlier assessment, marked as carried over from it. */
    static AssessmentAnswer carriedOver(long assessmentId, AssessmentAnswer earlier, Instant now) {
        AssessmentAnswer answer = new AssessmentAnswer(assessmentId, earlier.questionCode);
        answer.level = earlier.level;
        answer.notApplicable = earlier.notApplicable;
        answer.answeredAt = now;
        answer.carriedFrom = earlier.assessmentId;
        return answer;
    }

    /** Saves what the enterprise chose; an answer it confirms or changes is its own, no longer carried over. */
    void set(Integer newLevel, boolean newNotApplicable, Instant now) {
        level = newNotApplicable ? null : newLevel;
        notApplicable = newNotApplicable;
        answeredAt = now;
        carriedFrom = null;
    }

    Long getCarriedFrom() {
        return carriedFrom;
    }

    long getVersion() {
        return version;
    }

    long getAssessmentId() {
        return assessmentId;
    }

    String getQuestionCode() {
        return questionCode;
    }

    Answer toAnswer() {
        return new Answer(questionCode, level, notApplicable);
    }

    StoredAnswer toStored() {
        return new StoredAnswer(questionCode, level, notApplicable, version, carriedFrom != null);
    }
}
