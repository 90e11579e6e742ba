package vn.nscl.expert;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertCertificateRepository extends JpaRepository<ExpertCertificate, Long> {

    List<ExpertCertificate> findByExpertIdOrderById(long expertId);

    List<ExpertCertificate> findByExpertIdIn(Collection<Long> expertIds);
}
