package vn.nscl.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QueuedMailRepository extends JpaRepository<QueuedMail, Long> {

    @Query("select m.id from QueuedMail m where m.status = vn.nscl.mail.MailStatus.WAITING and m.nextAttemptAt <= :now"
            + " order by m.nextAttemptAt, m.id")
    List<Long> due(@Param("now") Instant now, Pageable page);

    /**
     * Claims a due mail for this instance until {@code until}: moving its next attempt forward is the claim, and only
     * one instance's update finds it still due. A crash while sending lets the claim run out, and the mail is retried.
     */
    @Modifying
    @Query("update QueuedMail m set m.nextAttemptAt = :until, m.version = m.version + 1 where m.id = :id"
            + " and m.status = vn.nscl.mail.MailStatus.WAITING and m.nextAttemptAt <= :now")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

    Page<QueuedMail> findByStatusOrderByCreatedAtDesc(MailStatus status, Pageable page);

    Page<QueuedMail> findAllByOrderByCreatedAtDesc(Pageable page);

    long countByStatus(MailStatus status);
}
