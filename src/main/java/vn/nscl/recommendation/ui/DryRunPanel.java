package vn.nscl.recommendation.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.recommendation.DryRunReport;
import vn.nscl.rulebase.RuleFileDiff;

/** What a dry run found: how many assessments it evaluated and, for each that would change, what it gains and loses. */
class DryRunPanel extends Div {

    private final transient Catalogue catalogue;
    final Paragraph summary = new Paragraph();
    final Grid<DryRunReport.Change> changes = new Grid<>();
    final Div diff = new Div();

    DryRunPanel(Catalogue catalogue) {
        this.catalogue = catalogue;
        addClassName("dry-run");
        changes.addColumn(DryRunReport.Change::enterpriseName).setHeader(getTranslation("rules.dry-run.enterprise"))
                .setFlexGrow(2);
        changes.addColumn(DryRunReport.Change::year).setHeader(getTranslation("assessment.year")).setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(c -> names(c.gained())).setHeader(getTranslation("rules.dry-run.gained")).setFlexGrow(3);
        changes.addColumn(c -> names(c.lost())).setHeader(getTranslation("rules.dry-run.lost")).setFlexGrow(3);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.setAllRowsVisible(true);
        setVisible(false);
        diff.addClassName("rule-diff");
        add(new H3(getTranslation("rules.dry-run")), summary, changes, diff);
    }

    void show(DryRunReport report) {
        showDiff(report.diff());
        if (!report.problems().isEmpty()) {
            summary.setText("");
            changes.setVisible(false);
            setVisible(!report.diff().isEmpty());
            return;
        }
        summary.setText(getTranslation("rules.dry-run.summary", report.candidateNumber(), report.activeNumber(),
                report.evaluated(), report.changes().size(), report.millis()));
        changes.setItems(report.changes());
        changes.setVisible(!report.changes().isEmpty());
        setVisible(true);
    }

    /** What the candidate's files change, as a unified diff with added and removed lines marked. */
    private void showDiff(List<RuleFileDiff.FileDiff> files) {
        diff.removeAll();
        diff.add(new H4(getTranslation("rules.dry-run.diff")));
        if (files.isEmpty()) {
            diff.add(new Paragraph(getTranslation("rules.dry-run.no-diff")));
            return;
        }
        for (RuleFileDiff.FileDiff file : files) {
            diff.add(new H5(file.path() + " · " + getTranslation("rules.dry-run.diff."
                    + file.change().name().toLowerCase(java.util.Locale.ROOT))));
            Pre lines = new Pre();
            for (String line : file.lines()) {
                Span shown = new Span(line + "\n");
                shown.addClassName(line.startsWith("+") ? "diff-added" : line.startsWith("-") ? "diff-removed"
                        : line.startsWith("@@") ? "diff-hunk" : "diff-context");
                lines.add(shown);
            }
            diff.add(lines);
        }
    }

    private String names(List<String> codes) {
        return String.join(", ", codes.stream().map(code -> catalogue.programme(code).isPresent()
                ? getTranslation("rules.programme", code) : catalogue.itemName(code, getLocale()))
                .toList());
    }
}
