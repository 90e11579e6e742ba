package vn.nscl.recommendation.ui;

import java.math.BigDecimal;
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
import vn.nscl.shared.ui.Numbers;

/**
 * What a dry run found: how many assessments it evaluated and, for each that would change, what it gains and loses;
 * how the expert cases fare and which ones the draft breaks; and the files' differences.
 */
class DryRunPanel extends Div {

    private final transient Catalogue catalogue;
    final Paragraph summary = new Paragraph();
    final Grid<DryRunReport.ItemShift> shifts = new Grid<>();
    final Paragraph listedNote = new Paragraph();
    final Grid<DryRunReport.Change> changes = new Grid<>();
    /** Items kept by both versions whose reason reads differently, with an example of before and after. */
    final Grid<DryRunReport.ItemShift> rewordings = new Grid<>();
    final Paragraph casesSummary = new Paragraph();
    final Grid<DryRunReport.CaseRun> brokenCases = new Grid<>();
    final Div diff = new Div();
    private final H4 rewordingsTitle = new H4();

    DryRunPanel(Catalogue catalogue) {
        this.catalogue = catalogue;
        addClassName("dry-run");
        changes.addColumn(DryRunReport.Change::enterpriseName).setHeader(getTranslation("rules.dry-run.enterprise"))
                .setFlexGrow(2);
        changes.addColumn(DryRunReport.Change::year).setHeader(getTranslation("assessment.year")).setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(c -> names(c.gained())).setHeader(getTranslation("rules.dry-run.gained")).setFlexGrow(3);
        changes.addColumn(c -> names(c.lost())).setHeader(getTranslation("rules.dry-run.lost")).setFlexGrow(3);
        changes.addColumn(c -> names(c.reworded().stream().map(DryRunReport.Reworded::code).toList()))
                .setHeader(getTranslation("rules.dry-run.reworded")).setFlexGrow(3);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        shifts.addColumn(s -> names(List.of(s.code()))).setHeader(getTranslation("rules.dry-run.item"))
                .setFlexGrow(3);
        shifts.addColumn(DryRunReport.ItemShift::gained).setHeader(getTranslation("rules.dry-run.gained"))
                .setAutoWidth(true).setFlexGrow(0);
        shifts.addColumn(DryRunReport.ItemShift::lost).setHeader(getTranslation("rules.dry-run.lost"))
                .setAutoWidth(true).setFlexGrow(0);
        shifts.addColumn(DryRunReport.ItemShift::reworded).setHeader(getTranslation("rules.dry-run.reworded"))
                .setAutoWidth(true).setFlexGrow(0);
        shifts.addThemeVariants(GridVariant.LUMO_COMPACT);
        rewordings.addColumn(s -> names(List.of(s.code()))).setHeader(getTranslation("rules.dry-run.item"))
                .setFlexGrow(2).setKey("item");
        rewordings.addColumn(DryRunReport.ItemShift::reworded).setHeader(getTranslation("rules.dry-run.assessments"))
                .setAutoWidth(true).setFlexGrow(0).setKey("count");
        rewordings.addColumn(DryRunReport.ItemShift::reasonBefore).setHeader(getTranslation(
                "rules.dry-run.reason-before")).setFlexGrow(3).setKey("before");
        rewordings.addColumn(DryRunReport.ItemShift::reasonAfter).setHeader(getTranslation(
                "rules.dry-run.reason-after")).setFlexGrow(3).setKey("after");
        rewordings.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rewordings.setAllRowsVisible(true);
        rewordings.addClassName("reworded-reasons");
        shifts.setAllRowsVisible(true);
        shifts.addClassName("item-shifts");
        listedNote.addClassName("dry-run-listed");
        brokenCases.addColumn(DryRunReport.CaseRun::caseTitle).setHeader(getTranslation("rules.cases.case"))
                .setFlexGrow(3);
        brokenCases.addColumn(DryRunReport.CaseRun::run).setHeader(getTranslation("rules.cases.run"))
                .setAutoWidth(true).setFlexGrow(0);
        brokenCases.addColumn(c -> names(c.lostExpected())).setHeader(getTranslation("rules.cases.lost"))
                .setFlexGrow(2);
        brokenCases.addColumn(c -> names(c.gainedForbidden())).setHeader(getTranslation("rules.cases.forbidden"))
                .setFlexGrow(2);
        brokenCases.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        brokenCases.setAllRowsVisible(true);
        brokenCases.addClassName("broken-cases");
        casesSummary.addClassName("cases-summary");
        setVisible(false);
        diff.addClassName("rule-diff");
        rewordingsTitle.addClassName("reworded-title");
        add(new H3(getTranslation("rules.dry-run")), summary, shifts, rewordingsTitle, rewordings, listedNote, changes,
                new H4(getTranslation("rules.cases")),
                casesSummary, brokenCases, diff);
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
                report.evaluated(), report.changed(),
                Numbers.plain(BigDecimal.valueOf(report.millis()).movePointLeft(3), getLocale())));
        shifts.setItems(report.shifts());
        shifts.setVisible(!report.shifts().isEmpty());
        List<DryRunReport.ItemShift> reworded = report.shifts().stream().filter(s -> s.reworded() > 0).toList();
        rewordings.setItems(reworded);
        rewordings.setVisible(!reworded.isEmpty());
        rewordingsTitle.setText(getTranslation("rules.dry-run.reworded.title", reworded.size()));
        rewordingsTitle.setVisible(!reworded.isEmpty());
        listedNote.setText(report.changed() > report.changes().size()
                ? getTranslation("rules.dry-run.listed", report.changes().size(), report.changed()) : "");
        listedNote.setVisible(report.changed() > report.changes().size());
        changes.setItems(report.changes());
        // A few lines show whole; many scroll inside a grid of fixed height (the grid renders only what is seen).
        changes.setAllRowsVisible(report.changes().size() <= 50);
        changes.setHeight(report.changes().size() <= 50 ? null : "32rem");
        changes.setVisible(!report.changes().isEmpty());
        showCases(report.cases());
        setVisible(true);
    }

    private void showCases(DryRunReport.CaseCheck cases) {
        casesSummary.setText(getTranslation("rules.cases.summary", cases.passedAfter(), cases.runs(),
                cases.passedBefore(), percent(cases.firstFiveAfter()), percent(cases.firstFiveBefore()),
                cases.forbiddenAfter(), cases.forbiddenBefore(), cases.broken().size(), cases.mended().size()));
        casesSummary.removeClassNames("cases-broken", "cases-ok");
        casesSummary.addClassName(cases.broken().isEmpty() && cases.acceptable() ? "cases-ok" : "cases-broken");
        brokenCases.setItems(cases.broken());
        brokenCases.setVisible(!cases.broken().isEmpty());
    }

    private String percent(double share) {
        return String.format(getLocale(), "%.1f", share * 100);
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
