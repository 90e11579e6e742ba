package vn.nscl.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AccountToken> findByTokenHash(String tokenHash);

    @Query("select t.accountId from AccountToken t where t.tokenHash = :tokenHash and t.purpose = :purpose"
            + " and t.usedAt is null and t.expiresAt > :now")
    Optional<Long> findUsable(String tokenHash, AccountToken.Purpose purpose, Instant now);

    /** A newer link replaces the older ones of the same purpose: only the last mail's link works. */
    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.purpose = :purpose"
            + " and t.usedAt is null")
    int retire(long accountId, AccountToken.Purpose purpose, Instant now);

    @Modifying
    @Query("delete from AccountToken t where t.expiresAt < :before")
    int deleteExpiredBefore(Instant before);

    @Modifying
    @Query("delete from AccountToken t where t.accountId = :accountId")
    int deleteByAccountId(long accountId);
}
