package vn.nscl.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A number with its label, for the home pages' at-a-glance figures. */
public class StatTile extends Div {

    public StatTile(String label, Object value) {
        addClassName("stat-tile");
        Span number = new Span(String.valueOf(value));
        number.addClassName("stat-value");
        Span caption = new Span(label);
        caption.addClassName("stat-label");
        add(number, caption);
    }
}
