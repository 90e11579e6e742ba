package vn.nscl.recommendation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recommendation as stored for an assessment, with the rule-set version that produced it. */
@Entity
@Table(name = "recommendation")
class StoredRecommendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long assessmentId;

    @Column(nullable = false)
    private long ruleSetVersionId;

    @Column(nullable = false)
    private int rank;

    @Column(nullable = false, length = 40)
    private String itemCode;

    @Column(nullable = false)
    private boolean programme;

    @Column(nullable = false)
    private int priority;

    @Column(nullable = false, length = 200)
    private String ruleName;

    @Column(nullable = false, length = 1000)
    private String reasonVi;

    @Column(nullable = false, length = 1000)
    private String reasonEn;

    @Column(length = 20)
    private String fundingProgramme;

    @Column(nullable = false)
    private Instant computedAt;

    protected StoredRecommendation() {
    }

    StoredRecommendation(long assessmentId, long ruleSetVersionId, Recommendation r, Instant computedAt) {
        this.assessmentId = assessmentId;
        this.ruleSetVersionId = ruleSetVersionId;
        this.rank = r.rank();
        this.itemCode = r.code();
        this.programme = r.programme();
        this.priority = r.priority();
        this.ruleName = truncate(r.rule(), 200);
        this.reasonVi = truncate(r.reasonVi(), 1000);
        this.reasonEn = truncate(r.reasonEn(), 1000);
        this.fundingProgramme = r.fundingProgramme();
        this.computedAt = computedAt;
    }

    Recommendation toRecommendation(int shown) {
        return new Recommendation(rank, itemCode, programme, priority, ruleName, reasonVi, reasonEn, fundingProgramme,
                Recommendation.shownAt(rank, programme, shown));
    }

    long getRuleSetVersionId() {
        return ruleSetVersionId;
    }

    private static String truncate(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max);
    }
}
