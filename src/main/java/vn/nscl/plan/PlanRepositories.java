package vn.nscl.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTargetRepository extends JpaRepository<PlanTarget, Long> {

    List<PlanTarget> findAllByOrderByPosition();

    Optional<PlanTarget> findByCode(String code);
}

interface PartnerAgencyRepository extends JpaRepository<PartnerAgency, String> {

    List<PartnerAgency> findAllByOrderByPosition();
}

interface PartnerMemberRepository extends JpaRepository<PartnerMember, Long> {

    List<PartnerMember> findByAgencyCode(String agencyCode);
}

interface PartnerReportRepository extends JpaRepository<PartnerReport, Long> {

    Optional<PartnerReport> findByAgencyCodeAndReportYear(String agencyCode, int reportYear);

    List<PartnerReport> findByReportYear(int reportYear);
}

interface AnnualReportFilingRepository extends JpaRepository<AnnualReportFiling, Integer> {
}

interface PlanBaselineRepository extends JpaRepository<PlanBaseline, PlanBaseline.Key> {
}
