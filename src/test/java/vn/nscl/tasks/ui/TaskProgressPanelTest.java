package vn.nscl.tasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskState;
import vn.nscl.tasks.TaskStatus;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TaskPanels;

/** The progress panel as an officer sees it: counts while running, the result once done, the page polling meanwhile. */
class TaskProgressPanelTest extends KaribuTest {

    @Autowired
    BackgroundTasks tasks;

    private TaskStatus blocked(CountDownLatch release) {
        return tasks.start("test-ui-" + UUID.randomUUID().toString().substring(0, 8), "x", progress -> {
            progress.total(10);
            progress.advance(4);
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            progress.checkpoint(); // where a cancel asked meanwhile stops it
            return "xong";
        });
    }

    @Test
    void the_page_polls_while_any_of_its_panels_follows_a_running_task_and_shows_each_end() {
        signInAs("officer@example.com");
        List<TaskStatus> done = new ArrayList<>();
        TaskProgressPanel first = new TaskProgressPanel(tasks, done::add);
        TaskProgressPanel second = new TaskProgressPanel(tasks, done::add);
        UI.getCurrent().add(new Div(first, second));
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);

        first.follow(blocked(releaseFirst));
        second.follow(blocked(releaseSecond));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(1000);
        assertThat(first.text.getText()).startsWith("Đang chạy: 0 / 0").contains("officer@example.com");
        assertThat(first.cancelButton.isVisible()).isTrue();

        releaseFirst.countDown();
        TaskPanels.awaitEnd(first);
        assertThat(done).extracting(TaskStatus::id).containsExactly(first.followed().id());
        assertThat(first.isVisible()).as("the screen shows the result instead").isFalse();
        assertThat(UI.getCurrent().getPollInterval()).as("the other panel still follows its task").isEqualTo(1000);

        second.cancelButton.click();
        assertThat(second.text.getText()).startsWith("Đang dừng");
        releaseSecond.countDown();
        TaskPanels.awaitEnd(second);
        assertThat(second.followed().state()).isEqualTo(TaskState.CANCELLED);
        assertThat(second.text.getText()).startsWith("Đã dừng lúc");
        assertThat(done).hasSize(1);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
