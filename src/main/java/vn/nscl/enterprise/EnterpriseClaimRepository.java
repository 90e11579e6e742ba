package vn.nscl.enterprise;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnterpriseClaimRepository extends JpaRepository<EnterpriseClaim, Long> {

    List<EnterpriseClaim> findByStatusOrderByCreatedAt(EnterpriseClaim.Status status);

    List<EnterpriseClaim> findByClaimantAccountIdOrderByCreatedAtDesc(long claimantAccountId);

    long countByStatus(EnterpriseClaim.Status status);
}
