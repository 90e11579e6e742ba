package vn.nscl.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.shared.ClientRateLimit;
import vn.nscl.shared.Jobs;

/**
 * Slows down password guessing without letting anyone lock someone else out:
 * <ul>
 * <li>each client address may try {@code nscl.security.logins-per-address} (30) logins per 10 minutes, whatever the
 * accounts;</li>
 * <li>after {@code nscl.security.max-failed-logins} wrong passwords for one e-mail from one address, that address must wait before
 * trying that e-mail again: 1 minute, then 2, 4… up to an hour. Other addresses, the owner's included, are not
 * held up. The count is kept in the database, so it holds across instances and restarts.</li>
 * </ul>
 * Unknown e-mails are throttled exactly like known ones, so the answers reveal nothing about which accounts exist.
 */
@Component
class LoginThrottle {

    static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final LoginThrottleRepository throttles;
    private final TransactionTemplate transaction;
    private final int freeFailures;
    private final Clock clock;
    private final Jobs jobs;
    private final ClientRateLimit perAddress;

    LoginThrottle(LoginThrottleRepository throttles, TransactionTemplate transaction, SecurityProperties properties,
            Clock clock, Jobs jobs) {
        this.jobs = jobs;
        this.throttles = throttles;
        this.transaction = transaction;
        this.freeFailures = properties.maxFailedLogins();
        this.perAddress = new ClientRateLimit("login", properties.loginsPerAddress(), Duration.ofMinutes(10));
        this.clock = clock;
    }

    /** How long this address must wait before trying this e-mail again; empty when it may try now. */
    Optional<Duration> waitBefore(String email, String address) {
        if (!perAddress.allow(ClientRateLimit.addressKey(address))) {
            return Optional.of(Duration.ofMinutes(10));
        }
        Instant now = clock.instant();
        return throttles.findById(key(email, address)).map(LoginThrottleEntry::getBlockedUntil)
                .filter(until -> until != null && until.isAfter(now)).map(until -> Duration.between(now, until));
    }

    /** A wrong password (or unknown e-mail) from this address. */
    void failed(String email, String address) {
        String key = key(email, address);
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                transaction.executeWithoutResult(status -> throttles.findForUpdate(key).ifPresentOrElse(
                        entry -> entry.failed(clock.instant(), freeFailures, FIRST_PAUSE, LONGEST_PAUSE),
                        () -> throttles.saveAndFlush(new LoginThrottleEntry(key, clock.instant()))));
                return;
            } catch (DataIntegrityViolationException firstFailureInsertedMeanwhile) {
                // two first failures at once: the other inserted the row, count on it
            }
        }
    }

    void succeeded(String email, String address) {
        transaction.executeWithoutResult(status -> throttles.deleteById(key(email, address)));
    }

    @Scheduled(cron = "${nscl.security.login-failure-cleanup-cron:0 15 3 * * *}", zone = "Asia/Ho_Chi_Minh")
    void forgetOldOnSchedule() {
        jobs.once("old-login-failures", Jobs.FIRED_TOGETHER, Duration.ofMinutes(30),
                () -> transaction.executeWithoutResult(status -> forgetOld()));
    }

    void forgetOld() {
        throttles.deleteUpdatedBefore(clock.instant().minus(Duration.ofDays(1)));
    }

    /** A hash of the typed e-mail and the address: neither is kept readable in this table. */
    static String key(String email, String address) {
        return AccountTokens.hash(vn.nscl.shared.TextRules.email(email) + "|" + ClientRateLimit.addressKey(address));
    }
}
