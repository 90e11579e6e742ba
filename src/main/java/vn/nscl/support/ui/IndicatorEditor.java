package vn.nscl.support.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.support.Indicator;

/** Measurable expected results: what is measured, unit, today's value and the target. */
class IndicatorEditor extends Div {

    /** One editable indicator. */
    final class Row extends Div {
        final TextField name = new TextField();
        final TextField unit = new TextField();
        final BigDecimalField baseline = new BigDecimalField();
        final BigDecimalField target = new BigDecimalField();

        Row(Indicator indicator) {
            addClassName("competence-row");
            name.setLabel(getTranslation("application.indicator.name"));
            unit.setLabel(getTranslation("application.indicator.unit"));
            baseline.setLabel(getTranslation("application.indicator.baseline"));
            target.setLabel(getTranslation("application.indicator.target"));
            if (indicator != null) {
                name.setValue(indicator.name());
                unit.setValue(indicator.unit());
                baseline.setValue(indicator.baseline());
                target.setValue(indicator.target());
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(this);
                list.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            add(name, unit, baseline, target, remove);
        }

        Indicator value() {
            return new Indicator(name.getValue(), unit.getValue(), baseline.getValue(), target.getValue());
        }
    }

    final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();

    IndicatorEditor() {
        addClassNames("competence-editor", "indicator-editor");
        Button add = new Button(getTranslation("application.indicator.add"), VaadinIcon.PLUS.create(),
                e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add);
    }

    void setValue(List<Indicator> indicators) {
        rows.clear();
        list.removeAll();
        indicators.forEach(this::addRow);
        if (indicators.isEmpty()) {
            addRow(null);
        }
    }

    Row addRow(Indicator indicator) {
        Row row = new Row(indicator);
        rows.add(row);
        list.add(row);
        return row;
    }

    List<Indicator> getValue() {
        return rows.stream().map(Row::value).toList();
    }
}
