package vn.nscl.enterprise;

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

/**
 * Someone registered with an enterprise code (or a household owner's personal ID) that another account already
 * holds. Registration does not say so (that would reveal who is registered); DOST reviews the claim and either gives
 * the enterprise to the claimant or refuses, with a reason both sides are told.
 */
@Entity
@Table(name = "enterprise_claim")
class EnterpriseClaim {

    /** Where a claim stands. */
    enum Status { OPEN, GRANTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long enterpriseId;

    @Column(nullable = false)
    private long claimantAccountId;

    @Column(nullable = false, length = Enterprise.NAME_MAX_LENGTH)
    private String claimedName;

    @Column(nullable = false, length = Enterprise.CONTACT_MAX_LENGTH)
    private String contactPerson;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 20)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant decidedAt;

    @Column(length = 254)
    private String decidedBy;

    @Column(length = 500)
    private String reason;

    protected EnterpriseClaim() {
    }

    EnterpriseClaim(long enterpriseId, long claimantAccountId, EnterpriseRegistration registration, Instant now) {
        this.enterpriseId = enterpriseId;
        this.claimantAccountId = claimantAccountId;
        this.claimedName = registration.name();
        this.contactPerson = registration.contactPerson();
        this.email = registration.email();
        this.phone = registration.phone();
        this.createdAt = now;
    }

    void grant(String officer, String why, Instant now) {
        decide(Status.GRANTED, officer, why, now);
    }

    void refuse(String officer, String why, Instant now) {
        decide(Status.REFUSED, officer, why, now);
    }

    private void decide(Status outcome, String officer, String why, Instant now) {
        if (status != Status.OPEN) {
            throw new vn.nscl.shared.UserFacingException("enterprise.claim.error.decided");
        }
        status = outcome;
        decidedBy = officer;
        decidedAt = now;
        reason = why;
    }

    ClaimSummary toSummary(String enterpriseName, String enterpriseCode) {
        return new ClaimSummary(id, enterpriseId, enterpriseName, enterpriseCode, claimedName, contactPerson, email,
                phone, status.name(), createdAt, decidedAt, reason, version);
    }

    long getEnterpriseId() {
        return enterpriseId;
    }

    long getClaimantAccountId() {
        return claimantAccountId;
    }

    String getContactPerson() {
        return contactPerson;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    long getVersion() {
        return version;
    }

    Long getId() {
        return id;
    }
}
