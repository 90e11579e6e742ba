package vn.nscl.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    /** For counting failed logins: concurrent attempts on one account must not lose a count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.email = :email")
    Optional<UserAccount> findByEmailForUpdate(String email);

    /** What each request checks to end sessions of disabled accounts; one primary-key read. */
    @Query("select new vn.nscl.security.UserAccountRepository$SessionState(a.enabled, a.sessionsRevokedAt) "
            + "from UserAccount a where a.id = :id")
    Optional<SessionState> findSessionState(Long id);

    /** The administrators' search; a page of it (no count query) and its count are asked for separately. */
    String SEARCH = """
            from UserAccount a
            where (:text is null or lower(a.email) like :text or lower(a.displayName) like :text
                   or lower(a.organisation) like :text)
              and (:role is null or :role member of a.roles)
            """;

    @Query("select a " + SEARCH)
    List<UserAccount> search(String text, Role role, Pageable pageable);

    @Query("select count(a) " + SEARCH)
    long countSearch(String text, Role role);

    long countByRolesContaining(Role role);

    List<UserAccount> findByRolesContainingAndEnabledTrue(Role role);

    List<UserAccount> findByErasureRequestedAtIsNotNullAndErasedAtIsNullOrderByErasureRequestedAt();

    record SessionState(boolean enabled, Instant sessionsRevokedAt) {
    }
}
