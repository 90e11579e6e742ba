package vn.nscl.expert;

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

import vn.nscl.files.StoredFileRef;

/** A certificate an expert holds, with its evidence file and the officer's verdict. */
@Entity
@Table(name = "expert_certificate")
class ExpertCertificate {

    static final int NUMBER_MAX_LENGTH = 60;
    static final int ISSUER_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long expertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CertificateKind kind;

    @Column(length = 40)
    private String itemCode;

    @Column(nullable = false, length = NUMBER_MAX_LENGTH)
    private String number;

    @Column(nullable = false, length = ISSUER_MAX_LENGTH)
    private String issuer;

    private LocalDate expiresOn;

    private Long fileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReviewStatus status = ReviewStatus.PENDING;

    @Column(length = 500)
    private String reviewNote;

    private Instant reviewedAt;

    @Column(length = 254)
    private String reviewedBy;

    @Column(nullable = false)
    private Instant createdAt;

    protected ExpertCertificate() {
    }

    ExpertCertificate(long expertId, CertificateKind kind, String itemCode, String number, String issuer,
            LocalDate expiresOn, Long fileId, Instant createdAt) {
        this.expertId = expertId;
        this.kind = kind;
        this.itemCode = itemCode;
        this.number = number;
        this.issuer = issuer;
        this.expiresOn = expiresOn;
        this.fileId = fileId;
        this.createdAt = createdAt;
    }

    void review(boolean verified, String note, String by, Instant at) {
        status = verified ? ReviewStatus.VERIFIED : ReviewStatus.REJECTED;
        reviewNote = note == null || note.isEmpty() ? null : note;
        reviewedBy = by;
        reviewedAt = at;
    }

    boolean expiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }

    CertificateView toView(StoredFileRef evidence, LocalDate today) {
        return new CertificateView(id, kind, itemCode, number, issuer, expiresOn, evidence, status, reviewNote,
                expiredOn(today));
    }

    Long getId() {
        return id;
    }

    long getExpertId() {
        return expertId;
    }

    Long getFileId() {
        return fileId;
    }

    ReviewStatus getStatus() {
        return status;
    }

    CertificateKind getKind() {
        return kind;
    }

    String getItemCode() {
        return itemCode;
    }

    String getNumber() {
        return number;
    }
}
