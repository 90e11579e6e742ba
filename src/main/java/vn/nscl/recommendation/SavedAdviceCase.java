package vn.nscl.recommendation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.jpa.repository.JpaRepository;

/** An expert test case an officer saved from a real assessment; {@code content} is the case file (YAML). */
@Entity
@Table(name = "advice_case")
class SavedAdviceCase {

    static final int TITLE_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String caseKey;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String content;

    private Long sourceAssessmentId;

    @Column(nullable = false, length = 254)
    private String savedBy;

    @Column(nullable = false)
    private Instant savedAt;

    protected SavedAdviceCase() {
    }

    SavedAdviceCase(String caseKey, String title, String content, Long sourceAssessmentId, String savedBy,
            Instant savedAt) {
        this.caseKey = caseKey;
        this.title = title;
        this.content = content;
        this.sourceAssessmentId = sourceAssessmentId;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    Long getId() {
        return id;
    }

    String getCaseKey() {
        return caseKey;
    }

    String getTitle() {
        return title;
    }

    String getContent() {
        return content;
    }

    Long getSourceAssessmentId() {
        return sourceAssessmentId;
    }

    String getSavedBy() {
        return savedBy;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    /** Where reports say the case comes from. */
    String source() {
        return "saved case " + id;
    }
}

interface SavedAdviceCaseRepository extends JpaRepository<SavedAdviceCase, Long> {

    java.util.List<SavedAdviceCase> findAllByOrderBySavedAtDesc();

    org.springframework.data.domain.Page<SavedAdviceCase> findAllByOrderBySavedAtDesc(
            org.springframework.data.domain.Pageable page);
}
