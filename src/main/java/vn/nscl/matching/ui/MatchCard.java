package vn.nscl.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import vn.nscl.matching.Match;
import vn.nscl.matching.ScorePart;
import vn.nscl.shared.ui.Numbers;

/**
 * One proposed expert: the score out of 100 as a bar, and each component as its own bar with the facts behind it
 * ("Năng lực 30/35 — mức 3/3, 8 năm kinh nghiệm"), so the choice can be understood at a glance on a phone.
 */
class MatchCard extends Div {

    MatchCard(Match match, int rank, Component... actions) {
        addClassName("match-card");
        getElement().setAttribute("data-expert", String.valueOf(match.expertId()));
        Span number = new Span(String.valueOf(rank));
        number.addClassName("recommendation-rank");
        H3 name = new H3(match.expertName());
        Span score = new Span(getTranslation("matching.score", points(match.score())));
        score.addClassName("match-score");
        Div header = new Div(number, name, score);
        header.addClassName("recommendation-header");
        add(header);
        if (!match.organisation().isEmpty()) {
            add(new Span(match.organisation()));
        }
        if (match.productivityCertified()) {
            Span certified = new Span(getTranslation("experts.certified"));
            certified.addClassNames("badge", "status-verified");
            add(certified);
        }
        Div parts = new Div();
        parts.addClassName("score-parts");
        for (ScorePart part : match.parts()) {
            parts.add(part(part));
        }
        add(parts);
        if (actions.length > 0) {
            Div buttons = new Div(actions);
            buttons.addClassName("match-actions");
            add(buttons);
        }
    }

    private Div part(ScorePart part) {
        Span label = new Span(getTranslation("matching.component." + part.component().name()) + " "
                + points(part.points()) + "/" + points(part.max()));
        label.addClassName("score-part-label");
        Div fill = new Div();
        fill.addClassName("score-bar-fill");
        fill.getStyle().set("width", (part.max() == 0 ? 0 : Math.round(100 * part.points() / part.max())) + "%");
        Div bar = new Div(fill);
        bar.addClassName("score-bar");
        Span detail = new Span(part.isTextKey() ? getTranslation(part.detailKey(),
                Numbers.readable(part.args(), getLocale()))
                : part.detailKey());
        detail.addClassName("score-part-detail");
        Div row = new Div(label, bar, detail);
        row.addClassName("score-part");
        return row;
    }

    private String points(double value) {
        return Numbers.plain(value, getLocale());
    }
}
