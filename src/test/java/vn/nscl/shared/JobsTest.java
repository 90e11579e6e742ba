package vn.nscl.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import io.micrometer.core.instrument.MeterRegistry;

/** Scheduled jobs: none before the instance is ready, a cluster job on one instance per firing, each outcome counted. */
@SpringBootTest
class JobsTest {

    @Autowired
    Jobs jobs;

    @Autowired
    ApplicationContext context;

    @Autowired
    MeterRegistry meters;

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void no_job_runs_before_the_instance_is_ready() {
        String name = unique();
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(jobs.once(name, Duration.ZERO, Duration.ofMinutes(1), runs::incrementAndGet))
                    .isEqualTo(Jobs.Outcome.NOT_READY);
            assertThat(jobs.local(name, runs::incrementAndGet)).isEqualTo(Jobs.Outcome.NOT_READY);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(runs).hasValue(0);
        assertThat(count(name, "not-ready")).isEqualTo(2);
        assertThat(jobs.local(name, runs::incrementAndGet)).isEqualTo(Jobs.Outcome.RAN);
    }

    @Test
    void while_one_instance_runs_a_cluster_job_the_others_skip_it() throws Exception {
        String name = unique();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Jobs.Outcome> first = CompletableFuture.supplyAsync(() -> jobs.once(name, Duration.ZERO,
                Duration.ofMinutes(1), () -> {
                    running.countDown();
                    await(finish);
                    runs.incrementAndGet();
                }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(jobs.once(name, Duration.ZERO, Duration.ofMinutes(1), runs::incrementAndGet))
                .isEqualTo(Jobs.Outcome.LOCKED);
        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(Jobs.Outcome.RAN);
        assertThat(runs).hasValue(1);
        assertThat(jobs.once(name, Duration.ZERO, Duration.ofMinutes(1), runs::incrementAndGet))
                .as("free again once done").isEqualTo(Jobs.Outcome.RAN);
    }

    @Test
    void a_job_fired_on_every_instance_at_the_same_time_runs_once() {
        String name = unique();
        assertThat(jobs.once(name, Jobs.FIRED_TOGETHER, Duration.ofMinutes(30), runs::incrementAndGet))
                .isEqualTo(Jobs.Outcome.RAN);
        assertThat(jobs.once(name, Jobs.FIRED_TOGETHER, Duration.ofMinutes(30), runs::incrementAndGet))
                .as("the second instance, a moment later").isEqualTo(Jobs.Outcome.LOCKED);
        assertThat(runs).hasValue(1);
        assertThat(count(name, "ran")).isEqualTo(1);
        assertThat(count(name, "locked")).isEqualTo(1);
    }

    @Test
    void a_failing_job_is_counted_and_does_not_hold_its_lock() {
        String name = unique();
        assertThat(jobs.once(name, Duration.ZERO, Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("the database went away");
        })).isEqualTo(Jobs.Outcome.FAILED);
        assertThat(jobs.once(name, Duration.ZERO, Duration.ofMinutes(1), runs::incrementAndGet))
                .isEqualTo(Jobs.Outcome.RAN);
    }

    private double count(String name, String outcome) {
        var counter = meters.find("nscl.jobs").tags("job", name, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String unique() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
