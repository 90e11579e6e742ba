package vn.nscl.tasks.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskFile;
import vn.nscl.tasks.TaskStatus;

/**
 * A report or export made in the background: a button starts it, the progress shows while it runs, and a link to
 * the file appears once it is made (also when the officer comes back to the page later, while the file is kept).
 */
public class TaskDownload extends HorizontalLayout {

    private final transient BackgroundTasks tasks;
    private final String kind;
    private final transient Supplier<TaskStatus> starter;
    public final Button makeButton;
    public final TaskProgressPanel progress;
    public final Anchor link = new Anchor();

    /**
     * @param starter starts (or joins) the task of {@code kind} that makes the file, with what the screen shows now
     */
    public TaskDownload(BackgroundTasks tasks, String kind, String label, VaadinIcon icon,
            Supplier<TaskStatus> starter) {
        this.tasks = tasks;
        this.kind = kind;
        this.starter = starter;
        addClassName("task-download");
        setAlignItems(Alignment.CENTER);
        setWrap(true);
        makeButton = new Button(label, icon.create(), e -> make());
        makeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        progress = new TaskProgressPanel(tasks, this::offer);
        link.addClassName("download-link");
        link.setVisible(false);
        add(makeButton, progress, link);
    }

    /** Shows the file of an earlier run (or follows it while it runs), if there is one; else just the button. */
    public void resume(Optional<TaskStatus> earlier) {
        link.setVisible(false);
        progress.setVisible(false);
        earlier.ifPresent(progress::follow);
    }

    private void make() {
        link.setVisible(false);
        try {
            progress.follow(starter.get());
        } catch (UserFacingException busy) {
            FormProblems.notify(this, busy);
        }
    }

    private void offer(TaskStatus done) {
        Optional<TaskFile> file = tasks.result(done.id(), kind, TaskFile.class);
        if (file.isEmpty()) {
            return;
        }
        long taskId = done.id();
        // The file is read again when downloaded: the session keeps only which task made it.
        link.setHref(DownloadHandler.fromInputStream(event -> {
            TaskFile made = tasks.result(taskId, kind, TaskFile.class).orElseThrow();
            return new DownloadResponse(new ByteArrayInputStream(made.content()), made.name(), made.mediaType(),
                    made.content().length);
        }));
        link.removeAll();
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("tasks.download", file.get().name(),
                Formats.dateTime(done.finishedAt()))));
        link.setVisible(true);
    }
}
