package vn.nscl.training;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface CourseRepository extends JpaRepository<Course, Long> {

    List<Course> findAllByOrderByStartsOnDesc();

    /** Locks the course while seats are counted, so two registrations at once cannot overfill it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Course c where c.id = :id")
    Optional<Course> findForUpdate(long id);
}

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    /** In the order people registered (by id when several registered in the same instant, as a group does). */
    List<Registration> findByCourseIdOrderByRegisteredAtAscIdAsc(long courseId);

    List<Registration> findByEnterpriseIdOrderByRegisteredAtDesc(long enterpriseId);

    long countByCourseId(long courseId);

    long countByCourseIdAndAttendedTrue(long courseId);

    boolean existsByCourseIdAndEnterpriseIdAndStaffNameIgnoreCase(long courseId, long enterpriseId, String staffName);

    @Query("select count(r) from Registration r where r.certificateNumber is not null")
    long countCertificates();

    Optional<Registration> findByVerificationCode(String code);
}

interface ReplacedCertificateRepository extends JpaRepository<ReplacedCertificate, String> {

    Optional<ReplacedCertificate> findByVerificationCode(String code);

    long countByRegistrationId(long registrationId);
}
