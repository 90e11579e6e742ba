package vn.nscl.matching;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.nscl.expert.Language;

/**
 * An enterprise's request for expert help with one catalogue tool, and the engagement it becomes once an expert
 * accepts. The version guards every transition: two people acting at once cannot both succeed.
 */
@Entity
@Table(name = "support_request")
class SupportRequest {

    static final int NEED_MAX_LENGTH = 2000;
    static final int COMMENT_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long enterpriseId;

    @Column(nullable = false, length = 40)
    private String itemCode;

    @Column(nullable = false, length = NEED_MAX_LENGTH)
    private String need;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WorkMode mode;

    @Column(nullable = false, length = 10)
    private String language;

    private LocalDate preferredFrom;
    private LocalDate preferredTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status = RequestStatus.OPEN;

    @Column(nullable = false)
    private Instant createdAt;

    private Long expertId;
    private Instant acceptedAt;
    private Instant reportedAt;
    private Instant completedAt;
    private Long reportFileId;
    private Integer rating;

    @Column(length = COMMENT_MAX_LENGTH)
    private String ratingComment;

    private LocalDate followupDue;
    private Instant followupRemindedAt;

    protected SupportRequest() {
    }

    SupportRequest(long enterpriseId, NewSupportRequest request, Instant createdAt) {
        this.enterpriseId = enterpriseId;
        this.itemCode = request.itemCode();
        this.need = request.need();
        this.mode = request.mode();
        this.language = request.language().code();
        this.preferredFrom = request.preferredFrom();
        this.preferredTo = request.preferredTo();
        this.createdAt = createdAt;
    }

    void offeredTo(long expert) {
        status = RequestStatus.OFFERED;
        expertId = expert;
    }

    void waitForOfficer() {
        status = RequestStatus.AWAITING_OFFICER;
        expertId = null;
    }

    void noMatch() {
        status = RequestStatus.NO_MATCH;
        expertId = null;
    }

    void accepted(Instant at) {
        status = RequestStatus.ACCEPTED;
        acceptedAt = at;
    }

    void started() {
        status = RequestStatus.IN_PROGRESS;
    }

    void reported(long fileId, Instant at) {
        status = RequestStatus.REPORTED;
        reportFileId = fileId;
        reportedAt = at;
    }

    void completed(int stars, String comment, Instant at, LocalDate followUp) {
        status = RequestStatus.COMPLETED;
        rating = stars;
        ratingComment = comment.isEmpty() ? null : comment;
        completedAt = at;
        followupDue = followUp;
    }

    void cancelled() {
        status = RequestStatus.CANCELLED;
        expertId = null;
    }

    void followUpReminded(Instant at) {
        followupRemindedAt = at;
    }

    SupportRequestView toView(String enterpriseName, String communeCode, String expertName) {
        return new SupportRequestView(id, enterpriseId, enterpriseName, communeCode, itemCode, need, mode,
                Language.of(language).orElse(Language.VI), preferredFrom, preferredTo, status, createdAt, expertId,
                expertName, acceptedAt, reportedAt, completedAt, reportFileId != null, rating, ratingComment,
                followupDue, version);
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

    String getItemCode() {
        return itemCode;
    }

    WorkMode getMode() {
        return mode;
    }

    Language getLanguage() {
        return Language.of(language).orElse(Language.VI);
    }

    RequestStatus getStatus() {
        return status;
    }

    Long getExpertId() {
        return expertId;
    }

    Long getReportFileId() {
        return reportFileId;
    }

    Integer getRating() {
        return rating;
    }

    Instant getAcceptedAt() {
        return acceptedAt;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    LocalDate getFollowupDue() {
        return followupDue;
    }
}
