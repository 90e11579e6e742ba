package vn.nscl.files;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "stored_file")
class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false, length = 100)
    private String mediaType;

    @Column(nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private Instant uploadedAt;

    @Column(nullable = false, length = 254)
    private String uploadedBy;

    protected StoredFile() {
    }

    StoredFile(String fileName, FileKind kind, byte[] content, String sha256, Instant uploadedAt, String uploadedBy) {
        this.fileName = fileName;
        this.mediaType = kind.mediaType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    StoredFileRef toRef() {
        return new StoredFileRef(id, fileName, mediaType, sizeBytes, uploadedAt);
    }

    byte[] getContent() {
        return content;
    }

    String getSha256() {
        return sha256;
    }
}
