package vn.nscl.rulebase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.nscl.shared.UserFacingException;

/**
 * One version of a rule set with all its files. A draft can be edited; once published (built cleanly, and from then
 * on possibly activated) it never changes, so every version stays available for re-activation and export.
 */
@Entity
@Table(name = "rule_set_version")
class RuleSetVersion {

    enum Status { DRAFT, PUBLISHED }

    static final int NOTE_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(length = 500)
    private String note;

    @Column(nullable = false, length = 64)
    private String contentHash;

    private Integer ruleCount;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 254)
    private String createdBy;

    /** Everyone who wrote this version; none of them may activate it (four eyes). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rule_set_version_author", joinColumns = @JoinColumn(name = "rule_set_version_id"))
    @Column(name = "actor", length = 254)
    private Set<String> authors = new HashSet<>();

    // Lazy: a list of versions needs only the file names (RuleFileRepository.pathsOf), not every file's content.
    @OneToMany(mappedBy = "ruleSet", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("path")
    private List<RuleFile> files = new ArrayList<>();

    protected RuleSetVersion() {
    }

    RuleSetVersion(String kind, int number, Status status, String note, RuleFiles content, String createdBy,
            Instant createdAt) {
        this.kind = kind;
        this.number = number;
        this.status = status;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.authors.add(createdBy);
        content.files().forEach((path, bytes) -> files.add(new RuleFile(this, path, bytes)));
        this.contentHash = content.hash();
    }

    RuleFiles content() {
        Map<String, byte[]> map = new LinkedHashMap<>();
        files.forEach(file -> map.put(file.getPath(), Base64.getDecoder().decode(file.getContent())));
        return new RuleFiles(map);
    }

    void putFile(String path, byte[] bytes, String author) {
        requireDraft();
        authors.add(author);
        files.stream().filter(f -> f.getPath().equals(path)).findFirst().ifPresentOrElse(
                f -> f.replace(bytes), () -> files.add(new RuleFile(this, path, bytes)));
        contentHash = content().hash();
        ruleCount = null;
    }

    boolean removeFile(String path, String author) {
        requireDraft();
        authors.add(author);
        boolean removed = files.removeIf(f -> f.getPath().equals(path));
        contentHash = content().hash();
        return removed;
    }

    void publish(int rules) {
        status = Status.PUBLISHED;
        ruleCount = rules;
    }

    void requireDraft() {
        if (status != Status.DRAFT) {
            throw new UserFacingException("rules.error.not-draft");
        }
    }

    RuleSetSummary toSummary(Long activeId, String reader) {
        return toSummary(activeId, files.stream().map(RuleFile::getPath).toList(), reader);
    }

    RuleSetSummary toSummary(Long activeId, List<String> paths, String reader) {
        return new RuleSetSummary(id, number, status == Status.DRAFT, note, ruleCount, createdAt, createdBy,
                id.equals(activeId), paths, isAuthor(reader));
    }

    /** Whether this person wrote any of it, and so may not be the one who activates it. */
    boolean isAuthor(String actor) {
        return authors.contains(actor);
    }

    Set<String> getAuthors() {
        return Set.copyOf(authors);
    }

    Long getId() {
        return id;
    }

    String getKind() {
        return kind;
    }

    int getNumber() {
        return number;
    }

    Status getStatus() {
        return status;
    }

    String getContentHash() {
        return contentHash;
    }
}
