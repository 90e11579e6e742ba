package vn.nscl.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.shared.UserFacingException;
import vn.nscl.testsupport.TestEnterprises;

/**
 * Long work off the UI thread: a task's progress and result are read back from its row, one task of a kind runs at
 * a time, a cancel stops it at its next checkpoint, a failure is told in the user's words, a task whose instance
 * stopped is let go, and only the Department's staff start or follow tasks.
 */
@SpringBootTest
class BackgroundTasksTest {

    static final String OFFICER = "officer@example.com";
    static final String OFFICER2 = "officer2@example.com";

    record Counted(int items, String note) {
    }

    @Autowired
    BackgroundTasks tasks;

    @Autowired
    BackgroundTaskRepository rows;

    @Autowired
    TestEnterprises as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static String kind() {
        return "test-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private TaskStatus awaitEnd(String user, long id) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> as.as(user, () -> tasks.status(id)).state().finished());
        return as.as(user, () -> tasks.status(id));
    }

    @Test
    void a_task_counts_its_progress_and_its_result_is_read_back_by_any_officer() {
        String kind = kind();
        TaskStatus started = as.as(OFFICER, () -> tasks.start(kind, "năm 2026", progress -> {
            progress.total(3);
            for (int i = 0; i < 3; i++) {
                progress.checkpoint();
                progress.advance(1);
            }
            return new Counted(3, "xong: Hợp tác xã Triệu Phong");
        }));
        assertThat(started.running()).isTrue();
        assertThat(started.startedBy()).isEqualTo(OFFICER);

        TaskStatus ended = awaitEnd(OFFICER2, started.id());
        assertThat(ended.state()).isEqualTo(TaskState.DONE);
        assertThat(ended.done()).isEqualTo(3);
        assertThat(ended.total()).isEqualTo(3);
        assertThat(ended.fraction()).isEqualTo(1.0);
        assertThat(ended.finishedAt()).isNotNull();
        assertThat(as.as(OFFICER2, () -> tasks.result(started.id(), kind, Counted.class)))
                .contains(new Counted(3, "xong: Hợp tác xã Triệu Phong"));
        assertThat(as.as(OFFICER2, () -> tasks.result(started.id(), "another-kind", Counted.class))).isEmpty();
        assertThat(as.as(OFFICER2, () -> tasks.latest(kind, "năm 2026"))).map(TaskStatus::id).contains(started.id());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'TASK_STARTED' and "
                + "target_id = ?", Long.class, String.valueOf(started.id()))).isEqualTo(1);
    }

    @Test
    void the_first_step_done_is_shown_at_once_even_when_the_next_takes_long() {
        String kind = kind();
        CountDownLatch release = new CountDownLatch(1);
        TaskStatus started = as.as(OFFICER, () -> tasks.start(kind, "lớn", progress -> {
            progress.total(150_000);
            progress.advance(1);
            hold(release); // a slow chunk: without the first step written, the screen would show nothing done
            return "done";
        }));
        try {
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> as.as(OFFICER2, () -> tasks.status(started.id())).done() == 1);
            assertThat(as.as(OFFICER2, () -> tasks.status(started.id())).total()).isEqualTo(150_000);
        } finally {
            release.countDown();
        }
        assertThat(awaitEnd(OFFICER, started.id()).state()).isEqualTo(TaskState.DONE);
    }

    @Test
    void only_one_task_of_a_kind_runs_and_a_second_start_names_who_runs_it() throws InterruptedException {
        String kind = kind();
        CountDownLatch release = new CountDownLatch(1);
        TaskStatus first = as.as(OFFICER, () -> tasks.start(kind, "phiên bản 7", progress -> {
            hold(release);
            return "first";
        }));

        TaskStatus joined = as.as(OFFICER2, () -> tasks.start(kind, "phiên bản 7", progress -> "never run"));
        assertThat(joined.id()).as("the same thing asked twice shares one run").isEqualTo(first.id());
        assertThatThrownBy(() -> as.run(OFFICER2, () -> tasks.start(kind, "phiên bản 8", progress -> "second")))
                .isInstanceOfSatisfying(UserFacingException.class, busy -> {
                    assertThat(busy.messageKey()).isEqualTo("tasks.error.busy");
                    assertThat(busy.args()).contains(OFFICER);
                });
        TaskStatus otherKind = as.as(OFFICER2, () -> tasks.start(kind(), "x", progress -> "other"));
        assertThat(awaitEnd(OFFICER2, otherKind.id()).state()).isEqualTo(TaskState.DONE);

        release.countDown();
        assertThat(awaitEnd(OFFICER, first.id()).state()).isEqualTo(TaskState.DONE);
        assertThat(as.as(OFFICER2, () -> tasks.result(first.id(), kind, String.class))).contains("first");
        TaskStatus again = as.as(OFFICER2, () -> tasks.start(kind, "phiên bản 8", progress -> "second"));
        assertThat(awaitEnd(OFFICER2, again.id()).state()).isEqualTo(TaskState.DONE);
    }

    @Test
    void a_cancel_stops_the_work_at_its_next_checkpoint_and_frees_the_kind() {
        String kind = kind();
        CountDownLatch reachedFirstStep = new CountDownLatch(1);
        TaskStatus started = as.as(OFFICER, () -> tasks.start(kind, "dài", progress -> {
            progress.total(Long.MAX_VALUE);
            while (true) { // endless: only the cancel ends it
                progress.checkpoint();
                progress.advance(1);
                reachedFirstStep.countDown();
            }
        }));
        hold(reachedFirstStep);

        TaskStatus asked = as.as(OFFICER2, () -> tasks.cancel(started.id()));
        assertThat(asked.cancelRequested()).isTrue();
        TaskStatus ended = awaitEnd(OFFICER, started.id());
        assertThat(ended.state()).isEqualTo(TaskState.CANCELLED);
        assertThat(ended.done()).isPositive();
        assertThat(as.as(OFFICER, () -> tasks.result(started.id(), kind, String.class))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('TASK_CANCEL_REQUESTED', "
                + "'TASK_CANCELLED') and target_id = ?", Long.class, String.valueOf(started.id()))).isEqualTo(2);
        TaskStatus next = as.as(OFFICER, () -> tasks.start(kind, "dài", progress -> "ok"));
        assertThat(awaitEnd(OFFICER, next.id()).state()).isEqualTo(TaskState.DONE);
    }

    @Test
    void a_failure_is_told_in_the_users_words_never_as_a_stack_trace() {
        String kind = kind();
        TaskStatus refused = as.as(OFFICER, () -> tasks.start(kind, "a", progress -> {
            throw new UserFacingException("dashboard.error.busy");
        }));
        TaskStatus ended = awaitEnd(OFFICER, refused.id());
        assertThat(ended.state()).isEqualTo(TaskState.FAILED);
        assertThat(BackgroundTasks.messageParts(ended)).containsExactly("dashboard.error.busy");

        TaskStatus crashed = as.as(OFFICER, () -> tasks.start(kind, "b", progress -> {
            throw new IllegalStateException("org.hibernate.SomethingInternal at line 42");
        }));
        TaskStatus failed = awaitEnd(OFFICER, crashed.id());
        assertThat(failed.state()).isEqualTo(TaskState.FAILED);
        assertThat(failed.message()).isEqualTo("tasks.error.failed");
    }

    @Test
    void a_task_whose_instance_stopped_shows_as_failed_and_its_kind_may_start_again() {
        String kind = kind();
        BackgroundTask orphan = rows.saveAndFlush(new BackgroundTask(kind, "mồ côi", OFFICER,
                clock.instant().minus(Duration.ofMinutes(5))));

        TaskStatus shown = as.as(OFFICER, () -> tasks.latest(kind, "mồ côi")).orElseThrow();
        assertThat(shown.state()).isEqualTo(TaskState.FAILED);
        assertThat(shown.message()).isEqualTo(BackgroundTasks.INSTANCE_STOPPED);

        TaskStatus fresh = as.as(OFFICER2, () -> tasks.start(kind, "mới", progress -> "ok"));
        assertThat(awaitEnd(OFFICER2, fresh.id()).state()).isEqualTo(TaskState.DONE);
        assertThat(rows.findById(orphan.getId()).orElseThrow().getState()).isEqualTo(TaskState.FAILED);
    }

    @Test
    void a_running_task_with_a_recent_heartbeat_on_another_instance_still_holds_its_kind() {
        String kind = kind();
        rows.saveAndFlush(new BackgroundTask(kind, "ở máy khác", OFFICER2, clock.instant()));

        assertThatThrownBy(() -> as.run(OFFICER, () -> tasks.start(kind, "ở đây", progress -> "x")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        busy -> assertThat(busy.args()).contains(OFFICER2));
        assertThat(as.as(OFFICER, () -> tasks.latest(kind, "ở máy khác"))).map(TaskStatus::state)
                .contains(TaskState.RUNNING);
    }

    @Test
    void ended_tasks_are_purged_after_a_month_and_running_ones_never() {
        String kind = kind();
        BackgroundTask old = new BackgroundTask(kind, "cũ", OFFICER, clock.instant().minus(Duration.ofDays(40)));
        old.end(TaskState.DONE, 1, 1, "\"x\"", null, clock.instant().minus(Duration.ofDays(40)));
        long oldId = rows.saveAndFlush(old).getId();
        long runningId = rows.saveAndFlush(new BackgroundTask(kind, "đang chạy", OFFICER,
                clock.instant().minus(Duration.ofDays(40)))).getId();
        TaskStatus recent = as.as(OFFICER, () -> tasks.start(kind(), "mới", progress -> "ok"));
        awaitEnd(OFFICER, recent.id());

        tasks.purge();

        assertThat(rows.findById(oldId)).isEmpty();
        assertThat(rows.findById(runningId)).isPresent();
        assertThat(rows.findById(recent.id())).isPresent();
    }

    @Test
    void enterprises_neither_start_nor_follow_tasks() {
        String kind = kind();
        TaskStatus started = as.as(OFFICER, () -> tasks.start(kind, "a", progress -> "ok"));
        String owner = as.create("C", false, EnterpriseType.ENTERPRISE).email();

        assertThatThrownBy(() -> as.run(owner, () -> tasks.start(kind(), "a", progress -> "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(owner, () -> tasks.status(started.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(owner, () -> tasks.cancel(started.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(owner, () -> tasks.result(started.id(), kind, String.class)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(List.of(awaitEnd(OFFICER, started.id()).state())).containsExactly(TaskState.DONE);
    }

    private static void hold(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
