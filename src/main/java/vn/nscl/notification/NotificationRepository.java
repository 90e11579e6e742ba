package vn.nscl.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable page);

    long countByAccountIdAndReadAtIsNull(long accountId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.accountId = :accountId and n.readAt is null")
    int markAllRead(long accountId, Instant at);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.accountId = :accountId and n.readAt is null "
            + "and n.link = :link")
    int markReadAt(long accountId, String link, Instant at);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.readAt is null and n.link = :link "
            + "and n.accountId in :accountIds")
    int markReadAtFor(java.util.Collection<Long> accountIds, String link, Instant at);
}
