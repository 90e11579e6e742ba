package vn.nscl.recommendation.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.recommendation.DryRunReport;

/** What a dry run found: how many assessments it evaluated and, for each that would change, what it gains and loses. */
class DryRunPanel extends Div {

    private final transient Catalogue catalogue;
    final Paragraph summary = new Paragraph();
    final Grid<DryRunReport.Change> changes = new Grid<>();

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
        add(new H3(getTranslation("rules.dry-run")), summary, changes);
    }

    void show(DryRunReport report) {
        if (!report.problems().isEmpty()) {
            setVisible(false);
            return;
        }
        summary.setText(getTranslation("rules.dry-run.summary", report.candidateNumber(), report.activeNumber(),
                report.evaluated(), report.changes().size(), report.millis()));
        changes.setItems(report.changes());
        changes.setVisible(!report.changes().isEmpty());
        setVisible(true);
    }

    private String names(List<String> codes) {
        return String.join(", ", codes.stream().map(code -> catalogue.programme(code).isPresent()
                ? getTranslation("rules.programme", code) : catalogue.itemName(code, getLocale()))
                .toList());
    }
}
