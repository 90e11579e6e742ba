package vn.nscl.support;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeCallRepository extends JpaRepository<ProgrammeCall, Long> {

    Optional<ProgrammeCall> findByProgrammeCode(String programmeCode);
}

interface SupportApplicationRepository extends JpaRepository<SupportApplication, Long> {

    List<SupportApplication> findByEnterpriseIdOrderByCreatedAtDesc(long enterpriseId);

    List<SupportApplication> findByStatusNotOrderBySubmittedAtDesc(ApplicationStatus status);

    @Query("select count(a) from SupportApplication a where a.programmeCode = :code and a.status in :states "
            + "and a.decidedAt >= :from and a.decidedAt < :to")
    long countDecided(String code, Collection<ApplicationStatus> states, java.time.Instant from, java.time.Instant to);
}

interface AttachmentRepository extends JpaRepository<Records.Attachment, Long> {

    List<Records.Attachment> findByApplicationIdOrderById(long applicationId);
}

interface ApplicationEventRepository extends JpaRepository<Records.Event, Long> {

    List<Records.Event> findByApplicationIdOrderByAtAscIdAsc(long applicationId);
}

interface ReportRepository extends JpaRepository<Records.Report, Long> {

    List<Records.Report> findByApplicationIdOrderBySubmittedAt(long applicationId);
}
