package vn.nscl.expert;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who offers productivity and quality help. Its account is referred to by id (module boundary). */
@Entity
@Table(name = "expert")
class Expert {

    static final int NAME_MAX_LENGTH = 200;
    static final int ORGANISATION_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long accountId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String fullName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(length = ORGANISATION_MAX_LENGTH)
    private String organisation;

    @Column(nullable = false)
    private Instant registeredAt;

    protected Expert() {
    }

    Expert(long accountId, ExpertRegistration registration, Instant registeredAt) {
        this.accountId = accountId;
        this.fullName = registration.fullName();
        this.email = registration.email();
        this.phone = registration.phone();
        this.organisation = registration.organisation().isEmpty() ? null : registration.organisation();
        this.registeredAt = registeredAt;
    }

    ExpertSummary toSummary() {
        return new ExpertSummary(id, accountId, fullName, email, phone, organisation, registeredAt);
    }

    long getAccountId() {
        return accountId;
    }
}
