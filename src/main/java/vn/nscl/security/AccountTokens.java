package vn.nscl.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.nscl.shared.Jobs;
import org.springframework.transaction.support.TransactionTemplate;

/** Issues and redeems the secrets of mailed links: 256 random bits, used once, valid for a limited time. */
@Component
class AccountTokens {

    static final Duration CONFIRM_VALIDITY = Duration.ofDays(2);
    static final Duration UNLOCK_VALIDITY = Duration.ofHours(24);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final Duration ADMIN_RESET_VALIDITY = Duration.ofHours(24);

    private final AccountTokenRepository tokens;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Jobs jobs;
    private final TransactionTemplate transaction;

    AccountTokens(AccountTokenRepository tokens, Clock clock, Jobs jobs, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.jobs = jobs;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new secret for the account and purpose; earlier unused ones of that purpose stop working. */
    @Transactional(propagation = Propagation.MANDATORY)
    String issue(long accountId, AccountToken.Purpose purpose, Duration validity) {
        return issue(accountId, purpose, validity, null);
    }

    /** As above, for a change of address: the link carries the new address. */
    @Transactional(propagation = Propagation.MANDATORY)
    String issue(long accountId, AccountToken.Purpose purpose, Duration validity, String newEmail) {
        String token = secret();
        tokens.retire(accountId, purpose, clock.instant());
        tokens.save(new AccountToken(accountId, purpose, hash(token), clock.instant(),
                clock.instant().plus(validity)).withNewEmail(newEmail));
        return token;
    }

    /** 256 random bits as text: a link's secret, or the password of an account nobody may sign in to yet. */
    String secret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The account the secret was issued to, once: a used, expired, unknown or mistyped secret gives nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> redeem(String token, AccountToken.Purpose purpose) {
        return redeemToken(token, purpose).map(AccountToken::getAccountId);
    }

    /** Like {@link #redeem}, giving the whole token (a change of address needs the address it carries). */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<AccountToken> redeemToken(String token, AccountToken.Purpose purpose) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).filter(t -> t.getPurpose() == purpose)
                .filter(t -> t.usableAt(clock.instant())).map(t -> {
                    t.use(clock.instant());
                    return t;
                });
    }

    /** Whether the secret would be redeemed now, without using it (a page shows its form first). */
    @Transactional(readOnly = true)
    boolean valid(String token, AccountToken.Purpose purpose) {
        return peek(token, purpose).isPresent();
    }

    /** The account the secret would be redeemed for now, without using it. */
    @Transactional(readOnly = true)
    Optional<Long> peek(String token, AccountToken.Purpose purpose) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findUsable(hash(token), purpose, clock.instant());
    }

    @Scheduled(cron = "${nscl.security.token-cleanup-cron:0 30 3 * * *}", zone = "Asia/Ho_Chi_Minh")
    void forgetExpiredOnSchedule() {
        jobs.once("expired-account-tokens", Jobs.FIRED_TOGETHER, Duration.ofMinutes(30),
                () -> transaction.executeWithoutResult(status -> forgetExpired()));
    }

    void forgetExpired() {
        tokens.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(7)));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
