package vn.nscl.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import vn.nscl.assessment.AssessmentSummary;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;

/** The submitted assessments of one enterprise, newest first, each opening its results. */
public class AssessmentHistory extends Div {

    final Grid<AssessmentSummary> grid = new Grid<>();

    public AssessmentHistory(List<AssessmentSummary> submitted) {
        if (submitted.isEmpty()) {
            add(new Paragraph(getTranslation("assessment.history.none")));
            return;
        }
        grid.addColumn(AssessmentSummary::year).setHeader(getTranslation("assessment.year")).setAutoWidth(true);
        grid.addColumn(s -> s.title().in(getLocale())).setHeader(getTranslation("assessment.questionnaire"))
                .setFlexGrow(2);
        grid.addColumn(s -> Formats.date(s.submittedAt()) + (s.fromPaper() ? " · " + getTranslation("paper.entered-by",
                s.enteredBy(), Formats.date(s.enteredAt())) : "")).setHeader(getTranslation("assessment.submitted-at"))
                .setFlexGrow(2);
        grid.addColumn(s -> Numbers.score(s.overall(), getLocale())).setHeader(getTranslation("results.overall"));
        grid.addColumn(s -> s.maturityLevel() == null ? Numbers.MISSING
                : getTranslation("maturity." + s.maturityLevel())).setHeader(getTranslation("results.maturity"));
        grid.addComponentColumn(s -> {
            Button open = new Button(getTranslation("assessment.open-results"),
                    e -> getUI().ifPresent(ui -> ui.navigate("assessment/" + s.id() + "/results")));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        setWidthFull();
        grid.setItems(submitted);
        add(grid);
    }
}
