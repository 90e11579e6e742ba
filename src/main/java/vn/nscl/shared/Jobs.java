package vn.nscl.shared;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Runs the platform's scheduled jobs. No job runs before the instance is ready (its migrations, shipped rules and
 * start-up data in place): a job that fired early would meet half-loaded data or the seeding's locks. A cluster job
 * runs on one instance at a time under a lock row (ShedLock); its "at least" time keeps an instance whose schedule
 * fires a moment later from repeating work another instance has just done. Each outcome is counted in the metric
 * {@code nscl.jobs} (tags {@code job} and {@code outcome}: ran, locked, not-ready, failed).
 */
@Component
public class Jobs {

    /** What became of one firing of a job. */
    public enum Outcome {
        RAN, LOCKED, NOT_READY, FAILED;

        String tag() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /**
     * The "at least" time of a job that every instance's schedule fires at the same clock time (a daily cron): longer
     * than instances' clocks are apart, so the others find the lock taken and skip.
     */
    public static final Duration FIRED_TOGETHER = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final LockingTaskExecutor locks;
    private final ApplicationAvailability availability;
    private final MeterRegistry meters;

    Jobs(LockProvider lockProvider, ApplicationAvailability availability, MeterRegistry meters) {
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.availability = availability;
        this.meters = meters;
    }

    /** Work every instance does for itself (following what another instance activated). */
    public Outcome local(String name, Runnable work) {
        if (!ready()) {
            return count(name, Outcome.NOT_READY);
        }
        return timed(name, work);
    }

    /**
     * Work the cluster does once per firing. {@code atLeast} should be shorter than the job's interval and longer than
     * the clocks of two instances are apart; {@code atMost} longer than the work can take (a crashed instance's lock
     * runs out after it).
     */
    public Outcome once(String name, Duration atLeast, Duration atMost, Runnable work) {
        if (!ready()) {
            return count(name, Outcome.NOT_READY);
        }
        try {
            LockingTaskExecutor.TaskResult<Outcome> result = locks.executeWithLock(() -> timed(name, work),
                    new LockConfiguration(Instant.now(), name, atMost, atLeast));
            return result.wasExecuted() ? result.getResult() : count(name, Outcome.LOCKED);
        } catch (Throwable failure) { // the lock table could not be reached: the next firing tries again
            log.warn("Job {} could not take its lock: {}", name, failure.getMessage());
            return count(name, Outcome.FAILED);
        }
    }

    /** Whether this instance finished starting and takes traffic (and is not shutting down). */
    public boolean ready() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    private Outcome timed(String name, Runnable work) {
        Timer.Sample sample = Timer.start(meters);
        try {
            work.run();
            return count(name, Outcome.RAN);
        } catch (RuntimeException failure) {
            log.warn("Job {} failed; the next firing tries again", name, failure);
            return count(name, Outcome.FAILED);
        } finally {
            sample.stop(meters.timer("nscl.jobs.duration", "job", name));
        }
    }

    private Outcome count(String name, Outcome outcome) {
        meters.counter("nscl.jobs", "job", name, "outcome", outcome.tag()).increment();
        return outcome;
    }
}
