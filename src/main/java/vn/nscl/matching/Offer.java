package vn.nscl.matching;

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

/** A request offered to one expert, with the score and explanation it was offered on and the answer. */
@Entity
@Table(name = "request_offer")
class Offer {

    static final int REASON_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long requestId;

    @Column(nullable = false)
    private long expertId;

    @Column(nullable = false)
    private int rank;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal score;

    @Column(nullable = false, length = 2000)
    private String explanationVi;

    @Column(nullable = false, length = 2000)
    private String explanationEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ChosenBy chosenBy;

    @Column(length = REASON_MAX_LENGTH)
    private String overrideReason;

    @Column(nullable = false)
    private Instant offeredAt;

    @Column(nullable = false)
    private Instant deadlineAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OfferStatus status = OfferStatus.OFFERED;

    private Instant respondedAt;

    @Column(length = REASON_MAX_LENGTH)
    private String responseReason;

    protected Offer() {
    }

    Offer(long requestId, long expertId, int rank, double score, String explanationVi, String explanationEn,
            ChosenBy chosenBy, String overrideReason, Instant offeredAt, Instant deadlineAt) {
        this.requestId = requestId;
        this.expertId = expertId;
        this.rank = rank;
        this.score = BigDecimal.valueOf(score);
        this.explanationVi = cut(explanationVi);
        this.explanationEn = cut(explanationEn);
        this.chosenBy = chosenBy;
        this.overrideReason = overrideReason;
        this.offeredAt = offeredAt;
        this.deadlineAt = deadlineAt;
    }

    void answer(OfferStatus answer, String reason, Instant at) {
        status = answer;
        responseReason = reason == null || reason.isEmpty() ? null : reason;
        respondedAt = at;
    }

    OfferView toView(String expertName) {
        return toView(expertName, true);
    }

    /** {@code internal}: with the officer's reason for assigning against the ranking, which only DOST reads. */
    OfferView toView(String expertName, boolean internal) {
        return new OfferView(id, requestId, expertId, expertName, rank, score.doubleValue(), explanationVi,
                explanationEn, chosenBy, internal ? overrideReason : null, offeredAt, deadlineAt, status, respondedAt,
                responseReason);
    }

    private static String cut(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    Long getId() {
        return id;
    }

    long getRequestId() {
        return requestId;
    }

    long getExpertId() {
        return expertId;
    }

    OfferStatus getStatus() {
        return status;
    }

    Instant getDeadlineAt() {
        return deadlineAt;
    }
}
