package vn.nscl.tasks.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskState;
import vn.nscl.tasks.TaskStatus;

/**
 * A background task on its screen: a progress bar with how many steps of how many are done, who started it and
 * when, and a button to cancel it. While the task runs the page asks the server every second how it stands (the
 * platform has no server push); once it is done the screen's {@code onDone} shows the result, and a failed or
 * cancelled task says so here. Leaving the page stops the asking, never the task: the screen follows it again when
 * opened.
 */
public class TaskProgressPanel extends Div {

    private static final int POLL_MILLIS = 1000;
    private static final String ASKERS = "nscl.task-panels-polling";

    private final transient BackgroundTasks tasks;
    private final transient Consumer<TaskStatus> onDone;
    public final ProgressBar bar = new ProgressBar();
    public final Paragraph text = new Paragraph();
    public final Button cancelButton;
    private TaskStatus followed;
    private Registration polling;

    public TaskProgressPanel(BackgroundTasks tasks, Consumer<TaskStatus> onDone) {
        this.tasks = tasks;
        this.onDone = onDone;
        addClassName("task-progress");
        cancelButton = new Button(getTranslation("tasks.cancel"), VaadinIcon.STOP.create(), e -> cancel());
        cancelButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        text.addClassName("task-progress-text");
        text.getElement().setAttribute("aria-live", "polite");
        add(bar, text, cancelButton);
        setVisible(false);
    }

    /** Follows this task from now on: its progress while it runs, then its end. */
    public void follow(TaskStatus task) {
        followed = task;
        show(task);
    }

    /** Asks how the followed task stands now (what every poll does; tests call it directly). */
    public void refresh() {
        if (followed != null) {
            follow(tasks.status(followed.id()));
        }
    }

    /** The task followed, if any. */
    public TaskStatus followed() {
        return followed;
    }

    private void cancel() {
        if (followed == null) {
            return;
        }
        try {
            follow(tasks.cancel(followed.id()));
        } catch (UserFacingException problem) {
            FormProblems.notify(this, problem);
        }
    }

    private void show(TaskStatus task) {
        setVisible(true);
        removeClassNames("task-failed", "task-cancelled", "task-running");
        if (task.running()) {
            addClassName("task-running");
            bar.setVisible(true);
            bar.setIndeterminate(task.total() == 0);
            bar.setValue(task.fraction());
            text.setText(getTranslation(task.cancelRequested() ? "tasks.stopping" : "tasks.running",
                    String.format(getLocale(), "%,d", task.done()), String.format(getLocale(), "%,d", task.total()),
                    Math.round(task.fraction() * 100), Formats.dateTime(task.startedAt()), task.startedBy()));
            cancelButton.setVisible(!task.cancelRequested());
            keepAsking(true);
            return;
        }
        keepAsking(false);
        bar.setVisible(false);
        cancelButton.setVisible(false);
        if (task.state() == TaskState.DONE) {
            setVisible(false);
            onDone.accept(task);
        } else if (task.state() == TaskState.CANCELLED) {
            addClassName("task-cancelled");
            text.setText(getTranslation("tasks.cancelled", Formats.dateTime(task.finishedAt()), why(task)));
        } else {
            addClassName("task-failed");
            text.setText(getTranslation("tasks.failed", why(task)));
        }
    }

    private String why(TaskStatus task) {
        List<String> parts = BackgroundTasks.messageParts(task);
        return parts.isEmpty() ? "" : getTranslation(parts.getFirst(), parts.subList(1, parts.size()).toArray());
    }

    private void keepAsking(boolean asking) {
        UI ui = getUI().orElse(null);
        if (asking && polling == null && ui != null) {
            askers(ui, +1);
            polling = ui.addPollListener(e -> refresh());
        } else if (!asking && polling != null) {
            stopAsking(ui);
        }
    }

    private void stopAsking(UI ui) {
        polling.remove();
        polling = null;
        if (ui != null) {
            askers(ui, -1);
        }
    }

    /** Several panels of one page may follow tasks: the page polls while any of them does. */
    private static void askers(UI ui, int change) {
        Integer now = (Integer) ComponentUtil.getData(ui, ASKERS);
        int askers = Math.max(0, (now == null ? 0 : now) + change);
        ComponentUtil.setData(ui, ASKERS, askers);
        ui.setPollInterval(askers > 0 ? POLL_MILLIS : -1);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (followed != null && followed.running()) {
            keepAsking(true);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            stopAsking(detachEvent.getUI());
        }
    }
}
