package vn.nscl.enterprise;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.nscl.reference.Activity;
import vn.nscl.shared.TextRules;

/** An organisation that self-assesses on the platform. Its account is referred to by id (module boundary). */
@Entity
@Table(name = "enterprise")
class Enterprise {

    static final int NAME_MAX_LENGTH = 200;
    static final int CONTACT_MAX_LENGTH = 100;
    static final int ADDRESS_MAX_LENGTH = 300;
    static final int PRODUCTS_MAX_LENGTH = 500;
    static final int MARKETS_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** The registering owner's account; null while an enterprise DOST entered from paper has not joined. */
    private Long accountId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    /** The name without case or diacritics, what the officers' search matches (kept in step with the name). */
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String searchName;

    @Column(nullable = false, unique = true, length = 16)
    private String enterpriseCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnterpriseType enterpriseType;

    @Column(nullable = false, length = 5)
    private String communeCode;

    @Column(nullable = false, length = CONTACT_MAX_LENGTH)
    private String contactPerson;

    /** Null for an enterprise entered from paper that gave only a phone. */
    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(length = ADDRESS_MAX_LENGTH)
    private String address;

    @Column(nullable = false)
    private Instant registeredAt;

    @Column(length = 1)
    private String sectorCode;

    @Column(length = PRODUCTS_MAX_LENGTH)
    private String mainProducts;

    @Column(nullable = false)
    private boolean foodProducer;

    private Integer staffTrained;

    @Column(length = MARKETS_MAX_LENGTH)
    private String exportMarkets;

    /** What the enterprise ticked that it does; empty until it did (then a guess is shown). */
    @ElementCollection
    @CollectionTable(name = "enterprise_activity", joinColumns = @JoinColumn(name = "enterprise_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false, length = 20)
    private Set<Activity> activities = EnumSet.noneOf(Activity.class);

    /** Whether DOST has checked that this is a real enterprise and its account its own; only then it counts. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EnterpriseVerification verification = EnterpriseVerification.PENDING;

    private Instant verifiedAt;

    @Column(length = 254)
    private String verifiedBy;

    @Column(length = 500)
    private String verificationNote;

    @OneToMany(mappedBy = "enterprise", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OcopProduct> ocopProducts = new ArrayList<>();

    @OneToMany(mappedBy = "enterprise", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<HeldCertification> certifications = new ArrayList<>();

    protected Enterprise() {
    }

    Enterprise(long accountId, EnterpriseRegistration registration, Instant registeredAt) {
        this.accountId = accountId;
        this.name = registration.name();
        this.searchName = TextRules.withoutDiacritics(name);
        this.enterpriseCode = registration.enterpriseCode();
        this.enterpriseType = registration.type();
        this.communeCode = registration.communeCode();
        this.contactPerson = registration.contactPerson();
        this.email = registration.email();
        this.phone = registration.phone();
        this.registeredAt = registeredAt;
    }

    /**
     * An enterprise DOST entered from a paper form: no account yet (its owner may be invited later), checked by the
     * officer who met it, with the sector its assessment questions depend on.
     */
    Enterprise(PaperEnterprise paper, String officer, Instant registeredAt) {
        this.name = paper.name();
        this.searchName = TextRules.withoutDiacritics(name);
        this.enterpriseCode = paper.enterpriseCode();
        this.enterpriseType = paper.type();
        this.communeCode = paper.communeCode();
        this.contactPerson = paper.contactPerson();
        this.email = paper.email();
        this.phone = paper.phone();
        this.sectorCode = paper.sectorCode();
        this.foodProducer = paper.foodProducer();
        this.registeredAt = registeredAt;
        verify(officer, "entered from a paper form by DOST", registeredAt);
    }

    /** The owner accepted DOST's invitation: the enterprise now belongs to their new account. */
    void joinedBy(long ownerAccountId, String ownerEmail) {
        accountId = ownerAccountId;
        email = ownerEmail;
    }

    EnterpriseSummary toSummary() {
        return new EnterpriseSummary(id, accountId, name, enterpriseCode, enterpriseType, communeCode, contactPerson,
                email, phone, registeredAt, sectorCode, foodProducer, verification, version);
    }

    /** DOST checked the enterprise (by its registration, a document or a visit): from now on its data counts. */
    void verify(String officer, String note, Instant now) {
        verification = EnterpriseVerification.VERIFIED;
        verifiedAt = now;
        verifiedBy = officer;
        verificationNote = note;
    }

    /** DOST could not confirm it: it stays on the platform but its data does not count. */
    void refuseVerification(String officer, String reason, Instant now) {
        verification = EnterpriseVerification.REFUSED;
        verifiedAt = now;
        verifiedBy = officer;
        verificationNote = reason;
    }

    /** The enterprise changed its contacts itself (the e-mail follows the owner's login, see followEmail). */
    void changeContacts(String contact, String newPhone, String newAddress) {
        contactPerson = contact;
        phone = newPhone;
        address = newAddress;
    }

    /** The owner's login moved to a new address: the enterprise's contact address moves with it. */
    void followEmail(String oldEmail, String newEmail) {
        if (oldEmail.equalsIgnoreCase(email)) {
            email = newEmail;
        }
    }

    EnterpriseContacts toContacts(String loginEmail) {
        return new EnterpriseContacts(contactPerson, phone, address == null ? "" : address, email, loginEmail,
                version);
    }

    /** The legitimate owner's claim was granted: the enterprise now belongs to the claimant's account. */
    void transferTo(long newAccountId, String contact, String newEmail, String newPhone) {
        accountId = newAccountId;
        contactPerson = contact;
        email = newEmail;
        phone = newPhone;
    }

    EnterpriseVerification getVerification() {
        return verification;
    }

    /** The profile fields an enterprise keeps up to date itself. */
    void updateProfile(ProfileUpdate update) {
        this.communeCode = update.communeCode();
        this.sectorCode = update.sectorCode();
        this.mainProducts = update.mainProducts();
        this.foodProducer = update.foodProducer();
        this.staffTrained = update.staffTrained();
        this.exportMarkets = update.exportMarkets();
        this.activities.clear();
        this.activities.addAll(update.activities());
    }

    OcopProduct addOcopProduct(String productName, int stars, Integer ratedYear) {
        OcopProduct product = new OcopProduct(this, productName, stars, ratedYear);
        ocopProducts.add(product);
        return product;
    }

    boolean removeOcopProduct(long productId) {
        return ocopProducts.removeIf(p -> p.getId() != null && p.getId() == productId);
    }

    HeldCertification addCertification(String catalogueCode, String number, String issuedBy,
            java.time.LocalDate expiresOn) {
        HeldCertification certification = new HeldCertification(this, catalogueCode, number, issuedBy, expiresOn);
        certifications.add(certification);
        return certification;
    }

    boolean removeCertification(long certificationId) {
        return certifications.removeIf(c -> c.getId() != null && c.getId() == certificationId);
    }

    ProfileDetails toDetails(java.time.LocalDate today) {
        boolean guessed = activities.isEmpty();
        return new ProfileDetails(sectorCode, mainProducts, foodProducer, staffTrained, exportMarkets,
                guessed ? Activity.guess(sectorCode, mainProducts, foodProducer) : Set.copyOf(activities),
                guessed,
                ocopProducts.stream().map(OcopProduct::toRecord).toList(),
                certifications.stream().map(c -> c.toRecord(today)).toList(), version);
    }

    Long getAccountId() {
        return accountId;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getName() {
        return name;
    }
}
