package vn.nscl.recommendation.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.recommendation.AdviceCaseService;
import vn.nscl.recommendation.DryRunReport;
import vn.nscl.recommendation.RuleSetService;
import vn.nscl.rulebase.RuleVersions;
import vn.nscl.rulebase.ui.RuleScreen;
import vn.nscl.rulebase.ui.RuleVersionsScreen;
import vn.nscl.rulebase.ui.VersionPanel;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskStatus;

/**
 * Quy tắc khuyến nghị: officers and administrators see which rule set is active, every version kept, and work on a
 * draft: edit or upload files, validate, dry-run over all submitted assessments and the expert cases, activate, or
 * re-activate an earlier version. Nothing changes for enterprises until a version that builds cleanly is activated.
 */
@Route("rules")
@Menu(title = "nav.rules", order = 40, icon = "vaadin:sitemap")
@RolesAllowed({"OFFICER", "ADMIN"})
public class RuleSetView extends VerticalLayout implements HasDynamicTitle {

    static final String KIND = "recommendation";

    final RuleVersionsScreen screen;
    final CaseListPanel cases;

    RuleSetView(RuleVersions versions, RuleSetService dryRuns, AdviceCaseService caseService, Catalogue catalogue,
            BackgroundTasks tasks) {
        this.cases = new CaseListPanel(caseService);
        this.screen = new RuleVersionsScreen(versions, new RuleScreen() {
            @Override
            public String kind() {
                return KIND;
            }

            @Override
            public String newFile(String path) {
                return RuleTemplates.newFile();
            }

            @Override
            public TaskStatus startDryRun(long versionId) {
                return dryRuns.startDryRun(versionId);
            }

            @Override
            public Optional<TaskStatus> lastDryRun(long versionId) {
                return dryRuns.lastDryRun(versionId);
            }

            @Override
            public DryRun dryRunResult(TaskStatus task) {
                return dryRuns.dryRunReport(task.id()).map(this::shown)
                        .orElseGet(() -> new DryRun(new Div(), List.of(), null));
            }

            private DryRun shown(DryRunReport report) {
                DryRunPanel view = new DryRunPanel(catalogue);
                view.show(report);
                String warning = report.cases() != null && (!report.cases().broken().isEmpty()
                        || !report.cases().acceptable())
                                ? view.getTranslation("rules.activate.breaks-cases", report.cases().broken().size())
                                : null;
                return new DryRun(view, report.problems(), warning);
            }
        }, tasks);
        addClassName("rules-view");
        add(new H1(getTranslation("nav.rules")), howItWorks(), screen, cases);
    }

    private Div howItWorks() {
        OrderedList steps = new OrderedList();
        for (String step : List.of("draft", "edit", "validate", "dry-run", "activate")) {
            steps.add(new ListItem(getTranslation("rules.how." + step)));
        }
        steps.addClassName("steps");
        return new Div(new Paragraph(getTranslation("rules.intro")), steps);
    }

    /** The version shown, for tests. */
    VersionPanel panel() {
        return screen.panel;
    }

    /** The dry run's view inside the panel, for tests. */
    DryRunPanel dryRunOf(VersionPanel panel) {
        return (DryRunPanel) panel.dryRun.getChildren().findFirst().orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rules") + " | " + getTranslation("app.name");
    }
}
