package vn.nscl.tasks;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BackgroundTaskRepository extends JpaRepository<BackgroundTask, Long> {

    Optional<BackgroundTask> findByRunningKind(String kind);

    Optional<BackgroundTask> findFirstByKindAndSubjectOrderByStartedAtDescIdDesc(String kind, String subject);

    /** Writes how far a task got and that its instance still runs it; returns whether someone asked to cancel. */
    @Modifying
    @Query("update BackgroundTask t set t.done = :done, t.total = :total, t.heartbeatAt = :now where t.id = :id")
    int progress(long id, long done, long total, Instant now);

    @Query("select t.cancelRequested from BackgroundTask t where t.id = :id")
    boolean cancelRequested(long id);

    @Modifying
    @Query("update BackgroundTask t set t.heartbeatAt = :now where t.id in :ids and t.state = 'RUNNING'")
    int heartbeat(Collection<Long> ids, Instant now);

    @Modifying
    @Query("delete from BackgroundTask t where t.finishedAt < :before")
    int deleteEndedBefore(Instant before);

    @Modifying
    @Query("update BackgroundTask t set t.cancelRequested = true where t.id = :id and t.state = 'RUNNING'")
    int requestCancel(long id);
}
