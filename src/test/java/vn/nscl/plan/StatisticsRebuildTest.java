package vn.nscl.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import vn.nscl.shared.UserFacingException;

/**
 * The statistics rebuild that once stopped a first start: the scheduled rebuild waits for readiness, an officer who
 * asks while another rebuild runs is told so, and start-up seeding waits for the running rebuild instead of failing.
 */
@SpringBootTest
class StatisticsRebuildTest {

    @Autowired
    StatisticsSnapshot snapshot;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationContext context;

    @Autowired
    MeterRegistry meters;

    @Test
    void the_scheduled_rebuild_does_nothing_before_the_instance_is_ready() {
        var before = jdbc.sql("select refreshed_at from plan_refresh where id = 1").query().singleValue();
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            snapshot.scheduledRefresh();
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(jdbc.sql("select refreshed_at from plan_refresh where id = 1").query().singleValue())
                .isEqualTo(before);
        assertThat(meters.find("nscl.jobs").tags("job", "plan-statistics", "outcome", "not-ready").counter())
                .isNotNull();
    }

    @Test
    void seeding_waits_for_a_rebuild_under_way_where_an_officer_is_told_it_is_busy() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Another instance's rebuild: it holds the row lock until released.
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("select refreshed_at from plan_refresh where id = 1 for update").query().singleRow();
            holding.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        CompletableFuture<Long> seeding;
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> snapshot.refresh(vn.nscl.tasks.TaskProgress.NONE)).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("dashboard.error.busy");
            seeding = CompletableFuture.supplyAsync(snapshot::refreshWhenFree);
        } finally {
            release.countDown(); // never leave the row locked for the next tests
        }
        other.get(20, TimeUnit.SECONDS);
        assertThat(seeding.get(30, TimeUnit.SECONDS)).as("rebuilt, after waiting").isNotNegative();
    }
}
