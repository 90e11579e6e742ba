package vn.nscl.expert;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExpertRepository extends JpaRepository<Expert, Long> {

    Optional<Expert> findByAccountId(long accountId);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Expert e where e.id = :id")
    Optional<Expert> lockById(long id);

    /**
     * An expert an officer should look at: waiting for verification, a certificate waiting or expired, or a request
     * to be erased not yet carried out (as {@link ExpertListItem#needsAttention}).
     */
    String NEEDS_ATTENTION = """
            (e.profileStatus = vn.nscl.expert.ProfileStatus.PENDING
             or (e.deletionRequestedAt is not null and e.erasedAt is null)
             or exists (select c.id from ExpertCertificate c where c.expertId = e.id
                        and (c.status = vn.nscl.expert.ReviewStatus.PENDING
                             or c.status = vn.nscl.expert.ReviewStatus.VERIFIED and c.expiresOn < :today)))
            """;

    /**
     * A page of the officers' list, optionally only those whose name or organisation contains a folded pattern: those
     * needing attention first, then by name (no count query).
     */
    @Query("select e from Expert e where (:text is null or e.searchText like :text) order by case when "
            + NEEDS_ATTENTION + " then 0 else 1 end, e.fullName, e.id")
    List<Expert> forOfficers(java.time.LocalDate today, String text, org.springframework.data.domain.Pageable page);

    @Query("select count(e) from Expert e where :text is null or e.searchText like :text")
    long countMatching(String text);

    @Query("select count(e) from Expert e where " + NEEDS_ATTENTION)
    long countNeedingAttention(java.time.LocalDate today);

    List<Expert> findByIdIn(Collection<Long> ids);

    /** One row of the matching pool: an expert's columns and their competence in the requested item. */
    record PoolRow(long id, long accountId, String fullName, String organisation, String homeCommune,
            boolean wholeProvince, boolean onSite, boolean remote, String languages, String conflictCodes,
            int capacity, java.time.LocalDate pausedUntil, String itemCode, int level, int years) {
    }

    /** Verified experts holding the competence; joined, not a subquery (H2 sorts an IN-subquery's result first). */
    String POOL = """
            from Expert e join e.competences c
            where e.profileStatus = vn.nscl.expert.ProfileStatus.VERIFIED and e.deletionRequestedAt is null
              and c.itemCode = :itemCode
            """;
    String POOL_JOIN = """
             join e.competences c
            where e.profileStatus = vn.nscl.expert.ProfileStatus.VERIFIED and e.deletionRequestedAt is null
              and c.itemCode = :itemCode
            """;

    /** The matching pool as plain rows (no entities to hydrate: a request ranks thousands of experts). */
    @Query("select new vn.nscl.expert.ExpertRepository$PoolRow(e.id, e.accountId, e.fullName, e.organisation, "
            + "e.homeCommune, e.wholeProvince, e.onSite, e.remote, e.languages, e.conflictCodes, e.capacity, "
            + "e.pausedUntil, c.itemCode, c.level, c.years) " + POOL)
    List<PoolRow> pool(String itemCode);

    @Query("select e.id, s from Expert e join e.sectors s" + POOL_JOIN)
    List<Object[]> poolSectors(String itemCode);

    @Query("select e.id, s from Expert e join e.serviceCommunes s" + POOL_JOIN)
    List<Object[]> poolServiceCommunes(String itemCode);

    /** Verified certificates of the pool (expert, kind, item, expiry); whether they expired is judged by the caller. */
    @Query("select k.expertId, k.kind, k.itemCode, k.expiresOn from ExpertCertificate k, Expert e" + POOL_JOIN
            + " and k.expertId = e.id and k.status = vn.nscl.expert.ReviewStatus.VERIFIED")
    List<Object[]> poolCertificates(String itemCode);
}
