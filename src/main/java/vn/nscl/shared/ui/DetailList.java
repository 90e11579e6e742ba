package vn.nscl.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Label and value pairs, one per line on a phone and side by side on a wider screen. Values are shown as text. */
public class DetailList extends Div {

    public DetailList() {
        addClassName("detail-list");
    }

    public DetailList row(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("detail-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("detail-value");
        Div row = new Div(label, text);
        row.addClassName("detail-row");
        add(row);
        return this;
    }
}
