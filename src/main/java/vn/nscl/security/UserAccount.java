package vn.nscl.security;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who can sign in. Changes are intention-revealing methods that keep the account consistent. */
@Entity
@Table(name = "user_account")
class UserAccount {

    static final int EMAIL_MAX_LENGTH = 254;
    static final int NAME_MAX_LENGTH = 200;
    static final int PHONE_MAX_LENGTH = 20;
    static final int ORGANISATION_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String displayName;

    @Column(length = PHONE_MAX_LENGTH)
    private String phone;

    @Column(length = ORGANISATION_MAX_LENGTH)
    private String organisation;

    @Column(nullable = false, length = 5)
    private String preferredLanguage;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private int failedLoginCount;

    private Instant lockedUntil;

    /** Sessions signed in before this moment are ended at their next request (disable, role change). */
    private Instant sessionsRevokedAt;

    /** When the owner confirmed the e-mail address by the mailed link; until then the account cannot sign in. */
    private Instant emailConfirmedAt;

    /** When the owner was last mailed about the account's state (lock, disabled login): at most once a day. */
    private Instant lastNoticeAt;

    /** When the owner asked for their personal data to be erased, and when it was. */
    private Instant erasureRequestedAt;

    private Instant erasedAt;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    UserAccount(String email, String passwordHash, String displayName, String phone, String organisation,
            Set<Role> roles, Locale language, Instant createdAt, boolean emailConfirmed) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.phone = phone;
        this.organisation = organisation;
        this.roles = EnumSet.copyOf(roles);
        this.preferredLanguage = language.getLanguage();
        this.createdAt = createdAt;
        this.emailConfirmedAt = emailConfirmed ? createdAt : null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed login from any address; returns true when this failure locked the account. An administrator's
     * account is never locked this way: someone outside could otherwise keep the platform's administrators out
     * (their guesses are slowed per address instead, see LoginThrottle).
     */
    boolean registerFailedLogin(Instant now, int maxFailures, Duration lockDuration) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            lockedUntil = null;
            failedLoginCount = 0;
        }
        failedLoginCount++;
        if (failedLoginCount >= maxFailures && lockedUntil == null && !roles.contains(Role.ADMIN)) {
            lockedUntil = now.plus(lockDuration);
            return true;
        }
        return false;
    }

    boolean isEmailConfirmed() {
        return emailConfirmedAt != null;
    }

    void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    /** Whether a mail about the account's state may go now (and records that it does): at most one a day. */
    boolean mayNotice(Instant now) {
        if (lastNoticeAt != null && lastNoticeAt.plus(Duration.ofDays(1)).isAfter(now)) {
            return false;
        }
        lastNoticeAt = now;
        return true;
    }

    void requestErasure(Instant now) {
        if (erasureRequestedAt == null) {
            erasureRequestedAt = now;
        }
    }

    /**
     * Erases the person from the account: it keeps its id (records refer to it) under a pseudonym, can never sign in
     * again, and every session ends.
     */
    void erase(String pseudonym, String unusableHash, Instant now) {
        email = pseudonym + "@invalid";
        displayName = pseudonym;
        phone = null;
        organisation = null;
        passwordHash = unusableHash;
        enabled = false;
        sessionsRevokedAt = now;
        erasedAt = now;
    }

    Instant getErasureRequestedAt() {
        return erasureRequestedAt;
    }

    Instant getErasedAt() {
        return erasedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    /** Ends every session signed in before now (a password change or reset, say). */
    void revokeSessions(Instant now) {
        sessionsRevokedAt = now;
    }

    void registerSuccessfulLogin(Instant now) {
        failedLoginCount = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void unlock() {
        failedLoginCount = 0;
        lockedUntil = null;
    }

    /**
     * The owner followed the link mailed to the new address: it is confirmed by that and signs in from now on; open
     * sessions end, so none goes on under the old address.
     */
    void changeEmail(String newEmail, Instant now) {
        email = newEmail;
        emailConfirmedAt = now;
        sessionsRevokedAt = now;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void disable(Instant now) {
        enabled = false;
        sessionsRevokedAt = now;
    }

    void enable() {
        enabled = true;
    }

    void changeRoles(Set<Role> newRoles, Instant now) {
        roles = EnumSet.copyOf(newRoles);
        sessionsRevokedAt = now;
    }

    void changeLanguage(Locale locale) {
        preferredLanguage = locale.getLanguage();
    }

    AccountSummary toSummary(Instant now) {
        return new AccountSummary(id, email, displayName, phone, organisation, Set.copyOf(roles), enabled,
                isLockedAt(now), createdAt, lastLoginAt, version);
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    String getOrganisation() {
        return organisation;
    }

    String getPhone() {
        return phone;
    }

    AccountContact toContact() {
        return new AccountContact(id, email, displayName, getPreferredLocale(), enabled);
    }

    Locale getPreferredLocale() {
        return Locale.forLanguageTag(preferredLanguage);
    }

    boolean isEnabled() {
        return enabled;
    }

    Instant getSessionsRevokedAt() {
        return sessionsRevokedAt;
    }

    Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    long getVersion() {
        return version;
    }
}
