package vn.nscl.enterprise;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualFiguresRepository extends JpaRepository<AnnualFigures, Long> {

    Optional<AnnualFigures> findByEnterpriseIdAndYear(long enterpriseId, int year);

    List<AnnualFigures> findByEnterpriseIdOrderByYearDesc(long enterpriseId);

    List<AnnualFigures> findByEnterpriseIdInOrderByYearDesc(java.util.Collection<Long> enterpriseIds);
}
