package vn.nscl.enterprise;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A certificate the enterprise already holds for a catalogue standard (ISO 9001, VietGAP…). */
@Entity
@Table(name = "enterprise_certification")
class HeldCertification {

    static final int NUMBER_MAX_LENGTH = 100;
    static final int ISSUER_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(nullable = false, length = 40)
    private String catalogueCode;

    @Column(nullable = false, length = NUMBER_MAX_LENGTH)
    private String certificateNumber;

    @Column(length = ISSUER_MAX_LENGTH)
    private String issuedBy;

    private LocalDate expiresOn;

    protected HeldCertification() {
    }

    HeldCertification(Enterprise enterprise, String catalogueCode, String certificateNumber, String issuedBy,
            LocalDate expiresOn) {
        this.enterprise = enterprise;
        this.catalogueCode = catalogueCode;
        this.certificateNumber = certificateNumber;
        this.issuedBy = issuedBy;
        this.expiresOn = expiresOn;
    }

    Long getId() {
        return id;
    }

    ProfileDetails.Certification toRecord(LocalDate today) {
        return new ProfileDetails.Certification(id, catalogueCode, certificateNumber, issuedBy, expiresOn,
                expiresOn != null && expiresOn.isBefore(today));
    }
}
