package vn.nscl.support;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeCallRepository extends JpaRepository<ProgrammeCall, Long> {

    Optional<ProgrammeCall> findByProgrammeCode(String programmeCode);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ProgrammeCall c where c.programmeCode = :programmeCode")
    Optional<ProgrammeCall> lockByProgrammeCode(String programmeCode);
}

interface SupportApplicationRepository extends JpaRepository<SupportApplication, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<SupportApplication> {

    List<SupportApplication> findByEnterpriseIdOrderByCreatedAtDesc(long enterpriseId);

    List<SupportApplication> findByStatusOrderByDecidedAt(ApplicationStatus status);

    List<SupportApplication> findByEnterpriseIdAndStatus(long enterpriseId, ApplicationStatus status);

    /** Loads the application and raises its version at commit: attachments and reports change it too. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select a from SupportApplication a where a.id = :id")
    Optional<SupportApplication> findForChangeById(long id);

    long countByStatusIn(Collection<ApplicationStatus> statuses);

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

    List<Records.Report> findByApplicationIdInOrderBySubmittedAt(java.util.Collection<Long> applicationIds);
}
