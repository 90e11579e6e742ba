package vn.nscl.tasks;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of a background task (see V15): its progress is written by the instance running it. */
@Entity
@Table(name = "background_task")
class BackgroundTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TaskState state;

    @Column(name = "done_count", nullable = false)
    private long done;

    @Column(name = "total_count", nullable = false)
    private long total;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The kind while the task runs, null once it ended: unique, so a kind runs once in the cluster. */
    @Column(name = "running_kind", length = 40)
    private String runningKind;

    @Column(columnDefinition = "text")
    private String result;

    /** Why it failed or stopped: a translation key, then its arguments, one per line. */
    @Column(length = 2000)
    private String message;

    protected BackgroundTask() {
    }

    BackgroundTask(String kind, String subject, String startedBy, Instant now) {
        this.kind = kind;
        this.subject = subject;
        this.startedBy = startedBy;
        this.state = TaskState.RUNNING;
        this.runningKind = kind;
        this.startedAt = now;
        this.heartbeatAt = now;
    }

    void end(TaskState ending, long doneSteps, long totalSteps, String resultJson, String why, Instant now) {
        done = doneSteps;
        total = totalSteps;
        state = ending;
        result = resultJson;
        message = why;
        finishedAt = now;
        runningKind = null;
    }

    /** The instance running it stopped (its heartbeat ran out): it failed where it was. */
    void lost(Instant now) {
        end(TaskState.FAILED, done, total, null, BackgroundTasks.INSTANCE_STOPPED, now);
    }

    Long getId() {
        return id;
    }

    String getSubject() {
        return subject;
    }

    String getKind() {
        return kind;
    }

    TaskState getState() {
        return state;
    }

    Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    String getResult() {
        return result;
    }

    TaskStatus status(boolean stale) {
        return stale
                ? new TaskStatus(id, kind, subject, startedBy, TaskState.FAILED, done, total, cancelRequested,
                        startedAt, heartbeatAt, BackgroundTasks.INSTANCE_STOPPED)
                : new TaskStatus(id, kind, subject, startedBy, state, done, total, cancelRequested, startedAt,
                        finishedAt, message);
    }
}
