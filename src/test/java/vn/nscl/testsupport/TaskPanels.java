package vn.nscl.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import vn.nscl.tasks.ui.TaskProgressPanel;

/**
 * Browserless tests have no poll: they ask the panel as the poll would, until its task ended (on the test thread,
 * which holds the signed-in user).
 */
public final class TaskPanels {

    private TaskPanels() {
    }

    public static void awaitEnd(TaskProgressPanel panel) {
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().pollInterval(Duration.ofMillis(20)).until(() -> {
            panel.refresh();
            return panel.followed() != null && !panel.followed().running();
        });
    }
}
