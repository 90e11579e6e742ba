package vn.nscl.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import tools.jackson.databind.json.JsonMapper;
import vn.nscl.audit.AuditLog;
import vn.nscl.shared.Jobs;
import vn.nscl.shared.UserFacingException;

/**
 * Starts background tasks and tells their screens how they stand. The work runs on this instance's task threads, as
 * the officer who started it (so every access check inside applies to them); its row in {@code background_task} is
 * what every instance reads, so a page opened on another instance, or again after leaving, shows the same progress and
 * result. A kind runs once in the cluster: starting it while it runs is refused, naming who started the running one.
 * An instance that stops mid-task stops writing its heartbeat; after {@link #STALE} the task counts as failed and its
 * kind may start again.
 */
@Service
public class BackgroundTasks {

    /** The message of a task whose instance stopped (its heartbeat ran out). */
    static final String INSTANCE_STOPPED = "tasks.error.instance-stopped";
    static final Duration STALE = Duration.ofSeconds(90);
    static final Duration KEPT = Duration.ofDays(30);
    private static final long WRITE_EVERY_NANOS = Duration.ofMillis(500).toNanos();
    private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);

    private final BackgroundTaskRepository tasks;
    private final TransactionTemplate ownTransaction;
    private final AuditLog audit;
    private final Jobs jobs;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Long, Running> runningHere = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(new NamedThreads());

    BackgroundTasks(BackgroundTaskRepository tasks, PlatformTransactionManager transactions, AuditLog audit, Jobs jobs,
            Clock clock) {
        this.jobs = jobs;
        this.tasks = tasks;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts {@code work} as a task of this kind about {@code subject} (what the screen names it by, such as a rule
     * version and the rules it is compared with), unless one of the kind already runs somewhere in the cluster: if
     * that one is about the same subject, it is returned to be followed (two officers asking for the same thing share
     * one run), otherwise the start is refused.
     *
     * @throws UserFacingException {@code tasks.error.busy} naming the running task's starter and start time
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public <R> TaskStatus start(String kind, String subject, TaskWork<R> work) {
        Authentication starter = SecurityContextHolder.getContext().getAuthentication();
        Claim claim = claim(kind, subject, starter.getName());
        BackgroundTask row = claim.row();
        if (claim.started()) {
            audit.record(TaskAuditActions.TASK_STARTED, "task", row.getId(), kind + ": " + subject);
            Running running = new Running(row.getId());
            runningHere.put(row.getId(), running);
            workers.execute(() -> runAs(starter, running, work));
        }
        return row.status(false);
    }

    /** How the task stands now (any officer or administrator may follow any task: it is the Department's work). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskStatus status(long taskId) {
        return statusOf(row(taskId));
    }

    /** The newest task of this kind about this subject, running or ended: what a screen shows when opened again. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public Optional<TaskStatus> latest(String kind, String subject) {
        return tasks.findFirstByKindAndSubjectOrderByStartedAtDescIdDesc(kind, subject).map(this::statusOf);
    }

    /**
     * The result of a task of this kind that is done, read back as the type its work returned; empty until then (or
     * if the id is another kind's task).
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public <R> Optional<R> result(long taskId, String kind, Class<R> type) {
        BackgroundTask task = row(taskId);
        if (!task.getKind().equals(kind) || task.getState() != TaskState.DONE || task.getResult() == null) {
            return Optional.empty();
        }
        return Optional.of(json.readValue(task.getResult(), type));
    }

    /** Asks the task to stop at its next checkpoint (on whichever instance runs it); nothing if it already ended. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskStatus cancel(long taskId) {
        Integer asked = ownTransaction.execute(status -> tasks.requestCancel(taskId));
        if (asked != null && asked > 0) {
            Running here = runningHere.get(taskId);
            if (here != null) {
                here.cancelled = true;
            }
            audit.record(TaskAuditActions.TASK_CANCEL_REQUESTED, "task", taskId, null);
        }
        return status(taskId);
    }

    private BackgroundTask row(long taskId) {
        return tasks.findById(taskId).orElseThrow(() -> new UserFacingException("tasks.error.not-found"));
    }

    private TaskStatus statusOf(BackgroundTask task) {
        boolean stale = task.getState() == TaskState.RUNNING && !runningHere.containsKey(task.getId())
                && task.getHeartbeatAt().isBefore(clock.instant().minus(STALE));
        return task.status(stale);
    }

    /**
     * Inserts the task's row holding its kind's place, or returns the running one about the same subject; a running
     * task of the kind whose instance stopped is let go.
     */
    private Claim claim(String kind, String subject, String startedBy) {
        try {
            return ownTransaction.execute(status -> {
                BackgroundTask running = tasks.findByRunningKind(kind).orElse(null);
                if (running != null && statusOf(running).running()) {
                    if (running.getSubject().equals(subject)) {
                        return new Claim(running, false);
                    }
                    throw busy(running);
                }
                if (running != null) {
                    running.lost(clock.instant());
                    tasks.saveAndFlush(running);
                }
                BackgroundTask started = new BackgroundTask(kind, subject, startedBy, clock.instant());
                return new Claim(tasks.saveAndFlush(started), true);
            });
        } catch (DataIntegrityViolationException raced) { // another instance claimed the kind a moment before
            BackgroundTask running = ownTransaction.execute(status -> tasks.findByRunningKind(kind).orElse(null));
            throw running == null ? new UserFacingException("tasks.error.busy-unknown") : busy(running);
        }
    }

    /** The row a start holds: a task it started, or the running one about the same subject it joins. */
    private record Claim(BackgroundTask row, boolean started) {
    }

    private UserFacingException busy(BackgroundTask running) {
        TaskStatus shown = running.status(false);
        return new UserFacingException("tasks.error.busy", shown.subject(), shown.startedBy(),
                vn.nscl.shared.ui.Formats.dateTime(shown.startedAt()));
    }

    private <R> void runAs(Authentication starter, Running running, TaskWork<R> work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(starter);
        SecurityContextHolder.setContext(context);
        try {
            R result = work.run(running);
            end(running, TaskState.DONE, json.writeValueAsString(result), null);
        } catch (TaskCancelledException cancelled) {
            end(running, TaskState.CANCELLED, null, running.stopping ? "tasks.stopped-by-shutdown" : null);
            audit.record(TaskAuditActions.TASK_CANCELLED, "task", running.id, null);
        } catch (UserFacingException refused) {
            end(running, TaskState.FAILED, null, message(refused));
        } catch (RuntimeException | Error failure) {
            log.warn("Background task {} failed", running.id, failure);
            end(running, TaskState.FAILED, null, "tasks.error.failed");
        } finally {
            runningHere.remove(running.id);
            SecurityContextHolder.clearContext();
        }
    }

    private void end(Running running, TaskState state, String result, String message) {
        ownTransaction.executeWithoutResult(status -> tasks.findById(running.id).ifPresent(row -> row.end(state,
                running.done, Math.max(running.total, running.done), result, message, clock.instant())));
    }

    private static String message(UserFacingException refused) {
        String parts = refused.messageKey() + Arrays.stream(refused.args()).map(arg -> "\n" + arg)
                .collect(Collectors.joining());
        return parts.length() <= 2000 ? parts : parts.substring(0, 2000);
    }

    /** The message of an ended task split into its translation key and arguments (empty when there is none). */
    public static List<String> messageParts(TaskStatus task) {
        return task.message() == null ? List.of() : List.of(task.message().split("\n"));
    }

    /** Writes that the tasks running here still run, so no other instance takes them for lost. */
    @Scheduled(fixedDelayString = "${nscl.tasks.heartbeat-every:PT20S}")
    void heartbeat() {
        if (!runningHere.isEmpty()) {
            ownTransaction.executeWithoutResult(status -> tasks.heartbeat(runningHere.keySet(), clock.instant()));
        }
    }

    /** Ended tasks are kept a month (their results, reports included, can be read again), then purged. */
    @Scheduled(cron = "${nscl.tasks.purge-cron:0 30 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    void purge() {
        jobs.once("task-purge", Jobs.FIRED_TOGETHER, Duration.ofMinutes(30), () -> {
            Integer purged = ownTransaction.execute(status -> tasks.deleteEndedBefore(clock.instant().minus(KEPT)));
            log.info("Purged {} background tasks ended more than {} ago", purged, KEPT);
        });
    }

    /** A stopping instance cancels its tasks at their next checkpoint and lets them write so, briefly. */
    @PreDestroy
    void stop() throws InterruptedException {
        runningHere.values().forEach(running -> {
            running.stopping = true;
            running.cancelled = true;
        });
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** A task running on this instance: its counts, written at most twice a second, and whether to stop. */
    private final class Running implements TaskProgress {

        final long id;
        volatile long done;
        volatile long total;
        volatile boolean cancelled;
        volatile boolean stopping;
        private long lastWrite = System.nanoTime();

        Running(long id) {
            this.id = id;
        }

        @Override
        public void total(long steps) {
            total = steps;
            write();
        }

        @Override
        public void advance(long steps) {
            boolean first = done == 0;
            done += steps;
            // The first step is shown at once (the screen moves from "starting" to counting); then twice a second.
            if (first || System.nanoTime() - lastWrite >= WRITE_EVERY_NANOS) {
                write();
            }
        }

        @Override
        public void checkpoint() {
            if (cancelled) {
                throw new TaskCancelledException();
            }
        }

        private void write() {
            lastWrite = System.nanoTime();
            Boolean asked = ownTransaction.execute(status -> {
                tasks.progress(id, done, total, clock.instant());
                return tasks.cancelRequested(id);
            });
            if (Boolean.TRUE.equals(asked)) {
                cancelled = true;
            }
        }
    }

    private static final class NamedThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "nscl-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
