package vn.nscl.enterprise;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

    boolean existsByEnterpriseCode(String enterpriseCode);

    /** Id and name of each given enterprise. */
    @org.springframework.data.jpa.repository.Query("select e.id, e.name from Enterprise e where e.id in :ids")
    List<Object[]> namesOf(java.util.Collection<Long> ids);

    Optional<Enterprise> findByEnterpriseCode(String enterpriseCode);

    Page<Enterprise> findByVerificationOrderByRegisteredAt(EnterpriseVerification verification, Pageable page);

    long countByVerification(EnterpriseVerification verification);

    Optional<Enterprise> findByAccountId(long accountId);

    /** The enterprise the account registered, or the one an owner invited it to. */
    @Query("select e from Enterprise e where e.accountId = :accountId or e.id in "
            + "(select m.enterpriseId from EnterpriseMember m where m.accountId = :accountId)")
    Optional<Enterprise> findForAccount(long accountId);

    /** The officers' search; a page of it (no count query) and its count are asked for separately by the grid. */
    String SEARCH = """
            from Enterprise e
            where (:text is null or e.searchName like :text or e.enterpriseCode like :text)
              and (:commune is null or e.communeCode = :commune)
              and (:sector is null or e.sectorCode = :sector)
            """;

    @Query("select e " + SEARCH)
    List<Enterprise> search(String text, String commune, String sector, Pageable pageable);

    @Query("select count(e) " + SEARCH)
    long countSearch(String text, String commune, String sector);
}
