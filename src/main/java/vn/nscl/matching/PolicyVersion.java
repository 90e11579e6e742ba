package vn.nscl.matching;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
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

    /** Everyone who wrote this version; none of them may activate it (four eyes). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matching_policy_version_author", joinColumns = @JoinColumn(name = "policy_version_id"))
    @Column(name = "actor", length = 254)
    private Set<String> authors = new HashSet<>();

    protected PolicyVersion() {
    }

    PolicyVersion(int number, Status status, String note, String content, String createdBy, Instant createdAt) {
        this.number = number;
        this.status = status;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.authors.add(createdBy);
        setContent(content);
    }

    void edit(String newContent, String author) {
        if (status != Status.DRAFT) {
            throw new vn.nscl.shared.UserFacingException("matching.policy.error.not-draft");
        }
        authors.add(author);
        setContent(newContent);
    }

    void publish() {
        status = Status.PUBLISHED;
    }

    private void setContent(String newContent) {
        this.content = newContent;
        this.contentHash = PolicyHolder.hash(newContent);
    }

    boolean isAuthor(String actor) {
        return authors.contains(actor);
    }

    PolicySummary toSummary(Long activeId, String reader) {
        return new PolicySummary(id, number, status == Status.DRAFT, id.equals(activeId), note == null ? "" : note,
                createdAt, createdBy, version, isAuthor(reader));
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
