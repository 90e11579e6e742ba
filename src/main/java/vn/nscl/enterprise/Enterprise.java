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

/** An organisation that self-assesses on the platform. Its account is referred to by id (module boundary). */
@Entity
@Table(name = "enterprise")
class Enterprise {

    static final int NAME_MAX_LENGTH = 200;
    static final int CONTACT_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long accountId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(nullable = false, unique = true, length = 16)
    private String enterpriseCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnterpriseType enterpriseType;

    @Column(nullable = false, length = 5)
    private String communeCode;

    @Column(nullable = false, length = CONTACT_MAX_LENGTH)
    private String contactPerson;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(nullable = false)
    private Instant registeredAt;

    protected Enterprise() {
    }

    Enterprise(long accountId, EnterpriseRegistration registration, Instant registeredAt) {
        this.accountId = accountId;
        this.name = registration.name();
        this.enterpriseCode = registration.enterpriseCode();
        this.enterpriseType = registration.type();
        this.communeCode = registration.communeCode();
        this.contactPerson = registration.contactPerson();
        this.email = registration.email();
        this.phone = registration.phone();
        this.registeredAt = registeredAt;
    }

    EnterpriseSummary toSummary() {
        return new EnterpriseSummary(id, accountId, name, enterpriseCode, enterpriseType, communeCode, contactPerson,
                email, phone, registeredAt);
    }

    long getAccountId() {
        return accountId;
    }
}
