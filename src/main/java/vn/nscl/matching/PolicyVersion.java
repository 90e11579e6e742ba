package vn.nscl.matching;

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

/** One version of the matching policy file: a draft being edited, or published (frozen, may be activated). */
@Entity
@Table(name = "matching_policy_version")
class PolicyVersion {

    enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(length = 500)
    private String note;

    @Column(nullable = false, length = PolicyFile.MAX_LENGTH * 2)
    private String content;

    @Column(nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 254)
    private String createdBy;

    protected PolicyVersion() {
    }

    PolicyVersion(int number, Status status, String note, String content, String createdBy, Instant createdAt) {
        this.number = number;
        this.status = status;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        setContent(content);
    }

    void edit(String newContent) {
        if (status != Status.DRAFT) {
            throw new vn.nscl.shared.UserFacingException("matching.policy.error.not-draft");
        }
        setContent(newContent);
    }

    void publish() {
        status = Status.PUBLISHED;
    }

    private void setContent(String newContent) {
        this.content = newContent;
        this.contentHash = PolicyHolder.hash(newContent);
    }

    PolicySummary toSummary(Long activeId) {
        return new PolicySummary(id, number, status == Status.DRAFT, id.equals(activeId), note == null ? "" : note,
                createdAt, createdBy, version);
    }

    Long getId() {
        return id;
    }

    int getNumber() {
        return number;
    }

    Status getStatus() {
        return status;
    }

    String getContent() {
        return content;
    }

    String getContentHash() {
        return contentHash;
    }

    long getVersion() {
        return version;
    }
}
