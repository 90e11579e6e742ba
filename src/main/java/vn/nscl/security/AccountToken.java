package vn.nscl.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use, expiring link sent by mail (confirm an e-mail address, lift a lock, reset a password). Only a hash of
 * the secret is stored, so a copy of the database cannot be used to follow anyone's link.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    /** What following the link does. */
    enum Purpose { CONFIRM_EMAIL, UNLOCK, RESET_PASSWORD, CHANGE_EMAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant usedAt;

    /** For {@link Purpose#CHANGE_EMAIL}: the address the account moves to when the link is followed. */
    @Column(length = 254)
    private String newEmail;

    protected AccountToken() {
    }

    AccountToken(long accountId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    AccountToken withNewEmail(String address) {
        this.newEmail = address;
        return this;
    }

    String getNewEmail() {
        return newEmail;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    void use(Instant now) {
        usedAt = now;
    }

    long getAccountId() {
        return accountId;
    }

    Purpose getPurpose() {
        return purpose;
    }
}
