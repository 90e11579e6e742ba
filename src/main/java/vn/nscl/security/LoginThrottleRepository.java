package vn.nscl.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntry, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottleEntry t where t.key = :key")
    Optional<LoginThrottleEntry> findForUpdate(String key);

    @Modifying
    @Query("delete from LoginThrottleEntry t where t.updatedAt < :before")
    int deleteUpdatedBefore(Instant before);
}
