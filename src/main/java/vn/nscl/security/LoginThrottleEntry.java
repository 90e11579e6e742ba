package vn.nscl.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed logins for one e-mail from one address, and until when that address must wait. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

    @Id
    @Column(name = "throttle_key", length = 64)
    private String key;

    @Column(nullable = false)
    private int failures;

    private Instant blockedUntil;

    @Column(nullable = false)
    private Instant updatedAt;

    protected LoginThrottleEntry() {
    }

    LoginThrottleEntry(String key, Instant now) {
        this.key = key;
        this.failures = 1;
        this.updatedAt = now;
    }

    /** Counts a failure; from the free ones on, each further failure doubles the pause, up to the longest. */
    void failed(Instant now, int freeFailures, Duration firstPause, Duration longestPause) {
        failures++;
        updatedAt = now;
        if (failures >= freeFailures) {
            int doublings = Math.min(failures - freeFailures, 12);
            Duration pause = firstPause.multipliedBy(1L << doublings);
            blockedUntil = now.plus(pause.compareTo(longestPause) > 0 ? longestPause : pause);
        }
    }

    Instant getBlockedUntil() {
        return blockedUntil;
    }
}
