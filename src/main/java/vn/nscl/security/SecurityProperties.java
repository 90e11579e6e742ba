package vn.nscl.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login protection settings ({@code nscl.security.*}).
 *
 * @param maxFailedLogins     wrong passwords for one e-mail from one address before that address must wait
 * @param accountLockFailures wrong passwords in a row, from anywhere, that lock an account (never an
 *                            administrator's) and mail its owner an unlock link
 * @param lockDuration        how long such a lock lasts
 * @param registrationsPerHour self-registrations accepted from one client address per hour
 * @param sessionLifetime     how long a session may last after signing in, however active
 * @param newSessionsPerAddress sessions one client address may open per 10 minutes before signing in
 * @param loginsPerAddress    sign-in attempts one client address may make per 10 minutes, whatever the accounts
 * @param bcryptStrength  BCrypt's work factor (10: about 0.1 s a hash; tests lower it to run fast)
 */
@ConfigurationProperties("nscl.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedLogins,
        @DefaultValue("20") int accountLockFailures, @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int bcryptStrength, @DefaultValue("5") int registrationsPerHour,
        @DefaultValue("12h") Duration sessionLifetime, @DefaultValue("60") int newSessionsPerAddress,
        @DefaultValue("30") int loginsPerAddress) {
}
