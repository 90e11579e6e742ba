package vn.nscl.training;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A certificate a reissue replaced: its paper still verifies, as replaced, with when, by whom and why. */
@Entity
@Table(name = "training_certificate_replaced")
class ReplacedCertificate {

    @Id
    @Column(length = 30)
    private String certificateNumber;

    @Column(nullable = false, length = 16)
    private String verificationCode;

    private long registrationId;

    @Column(nullable = false, length = 100)
    private String staffName;

    @Column(nullable = false)
    private Instant replacedAt;

    @Column(nullable = false, length = 254)
    private String replacedBy;

    @Column(nullable = false, length = 500)
    private String reason;

    protected ReplacedCertificate() {
    }

    ReplacedCertificate(Registration replaced, Instant at, String by, String reason) {
        this.certificateNumber = replaced.getCertificateNumber();
        this.verificationCode = replaced.getVerificationCode();
        this.registrationId = replaced.getId();
        this.staffName = replaced.getStaffName();
        this.replacedAt = at;
        this.replacedBy = by;
        this.reason = reason;
    }

    String getCertificateNumber() {
        return certificateNumber;
    }

    long getRegistrationId() {
        return registrationId;
    }

    String getStaffName() {
        return staffName;
    }

    Instant getReplacedAt() {
        return replacedAt;
    }
}
