package vn.nscl.assessment;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A submitted assessment's score in one dimension; kept as rows so sector averages are one indexed query. */
@Entity
@Table(name = "assessment_dimension_score")
@IdClass(AssessmentDimensionScore.Key.class)
class AssessmentDimensionScore {

    @Id
    private long assessmentId;

    @Id
    @Column(length = 10)
    private String dimension;

    @Column(nullable = false)
    private BigDecimal score;

    @Column(nullable = false)
    private int answered;

    protected AssessmentDimensionScore() {
    }

    AssessmentDimensionScore(long assessmentId, DimensionScore score) {
        this.assessmentId = assessmentId;
        this.dimension = score.dimension();
        this.score = score.score();
        this.answered = score.answered();
    }

    DimensionScore toScore(int asked) {
        return new DimensionScore(dimension, score, answered, asked);
    }

    long getAssessmentId() {
        return assessmentId;
    }

    String getDimension() {
        return dimension;
    }

    record Key(long assessmentId, String dimension) implements Serializable {
    }
}
