package vn.nscl.enterprise;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

    boolean existsByEnterpriseCode(String enterpriseCode);

    Optional<Enterprise> findByAccountId(long accountId);

    @Query("""
            select e from Enterprise e
            where (:text is null or lower(e.name) like :text or e.enterpriseCode like :text)
              and (:commune is null or e.communeCode = :commune)
              and (:sector is null or e.sectorCode = :sector)
            """)
    Page<Enterprise> search(String text, String commune, String sector, Pageable pageable);
}
