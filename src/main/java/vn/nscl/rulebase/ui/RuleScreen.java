package vn.nscl.rulebase.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;

import vn.nscl.rulebase.RuleProblem;
import vn.nscl.tasks.TaskStatus;

/**
 * What the shared rules screens need of one kind of rules beyond its versions: the text a new file starts from, and
 * its dry run (what the version would change, shown in the kind's own words), which runs as a background task.
 */
public interface RuleScreen {

    /** The kind's name, as in {@link vn.nscl.rulebase.RuleKind#code()}. */
    String kind();

    /** The starting text of a new file at this path: the lines every file needs and an example to copy. */
    String newFile(String path);

    /** Starts running the version against the active one over real data, in the background. */
    TaskStatus startDryRun(long versionId);

    /** The newest dry run of this version against the active rules (running or ended), shown when the screen opens. */
    Optional<TaskStatus> lastDryRun(long versionId);

    /** What a finished dry run found, shown. */
    DryRun dryRunResult(TaskStatus task);

    /** A form for a file better filled in than written (the matching numbers); none for files of rules. */
    default Optional<FileForm> formFor(String path) {
        return Optional.empty();
    }

    /** A form over one file's text; the text editor stays one click away. */
    interface FileForm {

        /** The form showing the file's values; a {@link vn.nscl.shared.UserFacingException} when it cannot. */
        Component show(String content, boolean editable);

        /** The file's text with the form's values, or empty when the form shows what to correct. */
        Optional<String> write(String content);

        /** Whether the form's values differ from the file's text (as last saved). */
        boolean hasChanges(String content);
    }

    /**
     * A dry run's result: its view, the problems that stopped it (none when it ran), and what the activation dialog
     * should warn of (null when the run found nothing worrying).
     */
    record DryRun(Component view, List<RuleProblem> problems, String activationWarning) {
    }
}
