package vn.nscl.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published questionnaire, stored whole: what every assessment pinned to it was asked. Never changed. */
@Entity
@Table(name = "questionnaire_version")
class QuestionnaireVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 64)
    private String contentHash;

    @Column(nullable = false, length = 1_000_000)
    private String content;

    @Column(nullable = false)
    private Instant publishedAt;

    protected QuestionnaireVersion() {
    }

    QuestionnaireVersion(String code, int version, String contentHash, String content, Instant publishedAt) {
        this.code = code;
        this.version = version;
        this.contentHash = contentHash;
        this.content = content;
        this.publishedAt = publishedAt;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    int getVersion() {
        return version;
    }

    String getContentHash() {
        return contentHash;
    }

    String getContent() {
        return content;
    }
}
