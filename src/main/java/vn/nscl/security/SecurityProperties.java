package vn.nscl.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login protection settings ({@code nscl.security.*}).
 *
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockDuration    how long such a lock lasts
 * @param bcryptStrength  BCrypt's work factor (10: about 0.1 s a hash; tests lower it to run fast)
 */
@ConfigurationProperties("nscl.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("10") int bcryptStrength) {
}
