package vn.nscl.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.nscl.shared.TextRules;

/**
 * A person who offers productivity and quality help: contact, what they can do (competences, sectors), where and
 * how they work, how much they can take on, and where their profile stands with the Department. Its account is
 * referred to by id (module boundary).
 */
@Entity
@Table(name = "expert")
class Expert {

    static final int NAME_MAX_LENGTH = 200;
    static final int ORGANISATION_MAX_LENGTH = 200;
    static final int BIO_MAX_LENGTH = 1000;
    static final int CONFLICTS_MAX_LENGTH = 500;
    static final int NOTE_MAX_LENGTH = 500;

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

    /** Name and organisation without case or diacritics: what the officers' search matches. */
    @Column(nullable = false, length = NAME_MAX_LENGTH + ORGANISATION_MAX_LENGTH + 1)
    private String searchText;

    @Column(nullable = false)
    private Instant registeredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ProfileStatus profileStatus = ProfileStatus.DRAFT;

    private Instant submittedAt;
    private Instant reviewedAt;

    @Column(length = 254)
    private String reviewedBy;

    @Column(length = NOTE_MAX_LENGTH)
    private String reviewNote;

    @Column(length = BIO_MAX_LENGTH)
    private String bio;

    @Column(length = 5)
    private String homeCommune;

    @Column(nullable = false)
    private boolean wholeProvince;

    @Column(nullable = false)
    private boolean onSite = true;

    @Column(nullable = false)
    private boolean remote = true;

    @Column(nullable = false)
    private int capacity = 2;

    private LocalDate pausedUntil;

    @Column(nullable = false, length = 60)
    private String languages = "vi";

    @Column(length = CONFLICTS_MAX_LENGTH)
    private String conflictCodes;

    private Instant consentAt;

    @Column(length = 20)
    private String consentVersion;

    private Instant deletionRequestedAt;

    private Instant erasedAt;

    @ElementCollection
    @CollectionTable(name = "expert_competence", joinColumns = @JoinColumn(name = "expert_id"))
    private Set<CompetenceEntry> competences = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_sector", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "sector_code", length = 2)
    private Set<String> sectors = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "expert_service_commune", joinColumns = @JoinColumn(name = "expert_id"))
    @Column(name = "commune_code", length = 5)
    private Set<String> serviceCommunes = new HashSet<>();

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

    /**
     * Applies the expert's edit. A change to what the Department vouches for (competences, sectors) sends a verified
     * profile back for verification; where and how much they work does not.
     */
    boolean update(ProfileEdit edit) {
        Set<CompetenceEntry> newCompetences = edit.competences().stream().map(CompetenceEntry::new)
                .collect(Collectors.toSet());
        boolean vouchedChanged = !newCompetences.equals(competences) || !edit.sectors().equals(sectors);
        this.phone = edit.phone();
        this.organisation = edit.organisation().isEmpty() ? null : edit.organisation();
        this.bio = edit.bio().isEmpty() ? null : edit.bio();
        this.homeCommune = edit.homeCommune();
        this.wholeProvince = edit.wholeProvince();
        this.serviceCommunes = new HashSet<>(edit.serviceCommunes());
        this.onSite = edit.onSite();
        this.remote = edit.remote();
        this.capacity = edit.capacity();
        this.pausedUntil = edit.pausedUntil();
        this.languages = edit.languages().stream().map(Language::code).sorted().collect(Collectors.joining(","));
        this.conflictCodes = edit.conflictCodes().isEmpty() ? null
                : String.join(",", new TreeSet<>(edit.conflictCodes()));
        this.competences = newCompetences;
        this.sectors = new HashSet<>(edit.sectors());
        if (vouchedChanged && profileStatus == ProfileStatus.VERIFIED) {
            profileStatus = ProfileStatus.PENDING;
            return true;
        }
        return false;
    }

    void consent(Instant at, String textVersion) {
        this.consentAt = at;
        this.consentVersion = textVersion;
    }

    void submit(Instant at) {
        profileStatus = ProfileStatus.PENDING;
        submittedAt = at;
    }

    void review(boolean verified, String note, String by, Instant at) {
        profileStatus = verified ? ProfileStatus.VERIFIED : ProfileStatus.REJECTED;
        reviewNote = note == null || note.isEmpty() ? null : note;
        reviewedBy = by;
        reviewedAt = at;
    }

    void requestDeletion(Instant at) {
        deletionRequestedAt = at;
    }

    /** Erases the personal data, keeping an anonymous record so engagements and ratings stay consistent. */
    void erase(Instant at) {
        fullName = "#" + id;
        email = "erased-" + id + "@invalid";
        phone = "";
        organisation = null;
        bio = null;
        homeCommune = null;
        serviceCommunes.clear();
        competences.clear();
        sectors.clear();
        conflictCodes = null;
        consentAt = null;
        consentVersion = null;
        pausedUntil = null;
        profileStatus = ProfileStatus.REJECTED;
        reviewNote = null;
        reviewedAt = at;
        erasedAt = at;
    }

    ExpertProfile toProfile(List<CertificateView> certificates) {
        return new ExpertProfile(id, accountId, fullName, email, phone, organisation == null ? "" : organisation,
                bio == null ? "" : bio, profileStatus, submittedAt, reviewedAt, reviewedBy, reviewNote, homeCommune,
                wholeProvince, Set.copyOf(serviceCommunes), onSite, remote, capacity, pausedUntil, languageSet(),
                conflictSet(), competences.stream().map(CompetenceEntry::toRecord)
                        .sorted(Comparator.comparing(Competence::itemCode)).toList(),
                Set.copyOf(sectors), certificates, consentAt, deletionRequestedAt, erasedAt, registeredAt, version);
    }

    Set<Language> languageSet() {
        return languagesOf(languages);
    }

    Set<String> conflictSet() {
        return conflictsOf(conflictCodes);
    }

    /** The stored comma-separated language codes as languages. */
    static Set<Language> languagesOf(String stored) {
        return Arrays.stream(stored.split(",")).map(Language::of).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static Set<String> conflictsOf(String stored) {
        return stored == null ? Set.of() : Set.of(stored.split(","));
    }

    Set<CompetenceEntry> competenceEntries() {
        return competences;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getAccountId() {
        return accountId;
    }

    String getFullName() {
        return fullName;
    }

    String getOrganisation() {
        return organisation;
    }

    ProfileStatus getProfileStatus() {
        return profileStatus;
    }

    String getHomeCommune() {
        return homeCommune;
    }

    boolean isWholeProvince() {
        return wholeProvince;
    }

    Set<String> getServiceCommunes() {
        return serviceCommunes;
    }

    boolean isOnSite() {
        return onSite;
    }

    boolean isRemote() {
        return remote;
    }

    int getCapacity() {
        return capacity;
    }

    LocalDate getPausedUntil() {
        return pausedUntil;
    }

    Set<String> getSectors() {
        return sectors;
    }

    Instant getConsentAt() {
        return consentAt;
    }

    Instant getDeletionRequestedAt() {
        return deletionRequestedAt;
    }

    Instant getErasedAt() {
        return erasedAt;
    }

    @PrePersist
    @PreUpdate
    void foldForSearch() {
        searchText = TextRules.withoutDiacritics(organisation == null ? fullName : fullName + " " + organisation);
    }
}
