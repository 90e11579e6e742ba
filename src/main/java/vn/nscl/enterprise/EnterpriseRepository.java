package vn.nscl.enterprise;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnterpriseRepository extends JpaRepository<Enterprise, Long> {

    boolean existsByEnterpriseCode(String enterpriseCode);

    Optional<Enterprise> findByAccountId(long accountId);
}
