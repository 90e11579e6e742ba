package vn.nscl.rulebase.ui;

import java.util.List;

import com.vaadin.flow.component.Component;

import vn.nscl.rulebase.RuleProblem;

/**
 * What the shared rules screens need of one kind of rules beyond its versions: the text a new file starts from, and
 * its dry run (what the version would change, shown in the kind's own words).
 */
public interface RuleScreen {

    /** The kind's name, as in {@link vn.nscl.rulebase.RuleKind#code()}. */
    String kind();

    /** The starting text of a new file at this path: the lines every file needs and an example to copy. */
    String newFile(String path);

    /** Runs the version against the active one over real data and shows the difference. */
    DryRun dryRun(long versionId);

    /**
     * A dry run's result: its view, the problems that stopped it (none when it ran), and what the activation dialog
     * should warn of (null when the run found nothing worrying).
     */
    record DryRun(Component view, List<RuleProblem> problems, String activationWarning) {
    }
}
