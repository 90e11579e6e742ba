package vn.nscl.assessment.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import vn.nscl.assessment.AssessmentResults;
import vn.nscl.assessment.DimensionScore;
import vn.nscl.shared.ui.Numbers;

/**
 * The score of each dimension with a bar, the sector average and the change since the previous assessment: one card
 * per dimension, whose name wraps instead of being cut, so it reads on a phone as on a desktop.
 */
class ScoreTable extends Div {

    ScoreTable(AssessmentResults results) {
        addClassName("score-cards");
        for (DimensionScore s : results.scores().dimensions()) {
            Span name = new Span(results.questionnaire().dimensionName(s.dimension(), getLocale()));
            name.addClassName("score-name");
            Span details = new Span(getTranslation("results.sector-average") + ": "
                    + Numbers.score(results.benchmark().averages().get(s.dimension()), getLocale()) + " · "
                    + getTranslation("results.change") + ": " + Numbers.signed(results.change(s.dimension()),
                            getLocale()) + " · " + getTranslation("results.answered") + ": " + s.answered() + "/"
                    + s.asked());
            details.addClassName("score-details");
            Div card = new Div(name, bar(s.score()), details);
            card.addClassName("score-card");
            add(card);
        }
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
