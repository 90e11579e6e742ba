package vn.nscl.assessment.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import vn.nscl.assessment.AssessmentResults;
import vn.nscl.assessment.DimensionScore;
import vn.nscl.shared.ui.Numbers;

/** The score of each dimension with a bar, the sector average and the change since the previous assessment. */
class ScoreTable extends Grid<DimensionScore> {

    ScoreTable(AssessmentResults results) {
        addColumn(s -> results.questionnaire().dimensionName(s.dimension(), getLocale()))
                .setHeader(getTranslation("results.dimension")).setFlexGrow(3);
        addComponentColumn(s -> bar(s.score())).setHeader(getTranslation("results.score")).setFlexGrow(2);
        addColumn(s -> Numbers.score(results.benchmark().averages().get(s.dimension()), getLocale()))
                .setHeader(getTranslation("results.sector-average"));
        addColumn(s -> Numbers.signed(results.change(s.dimension()), getLocale()))
                .setHeader(getTranslation("results.change"));
        addColumn(s -> s.answered() + "/" + s.asked()).setHeader(getTranslation("results.answered"));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setItems(results.scores().dimensions());
    }

    private Div bar(BigDecimal score) {
        Div fill = new Div();
        fill.addClassName("score-bar-fill");
        fill.getStyle().set("width", score.toPlainString() + "%");
        Div bar = new Div(fill);
        bar.addClassName("score-bar");
        Span value = new Span(Numbers.score(score, getLocale()));
        Div cell = new Div(bar, value);
        cell.addClassName("score-cell");
        return cell;
    }
}
