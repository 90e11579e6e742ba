package vn.nscl.support.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.support.BudgetLine;
import vn.nscl.shared.ui.Numbers;

/** Budget lines (what, asked of the programme, own contribution) with the totals kept up to date as one types. */
class BudgetEditor extends Div {

    /** One editable line. */
    final class Line extends Div {
        final TextField description = new TextField();
        final BigDecimalField requested = new BigDecimalField();
        final BigDecimalField own = new BigDecimalField();

        Line(BudgetLine line) {
            addClassName("competence-row");
            description.setLabel(getTranslation("application.budget.description"));
            description.setMaxLength(300);
            requested.setLabel(getTranslation("application.budget.requested"));
            own.setLabel(getTranslation("application.budget.own"));
            if (line != null) {
                description.setValue(line.description());
                requested.setValue(line.requested());
                own.setValue(line.own());
            }
            requested.addValueChangeListener(e -> showTotals());
            own.addValueChangeListener(e -> showTotals());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                lines.remove(this);
                list.remove(this);
                showTotals();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            add(description, requested, own, remove);
        }

        BudgetLine value() {
            return new BudgetLine(description.getValue(), requested.getValue(), own.getValue());
        }
    }

    final List<Line> lines = new ArrayList<>();
    private final Div list = new Div();
    final Paragraph totals = new Paragraph();

    BudgetEditor() {
        addClassNames("competence-editor", "budget-editor");
        Button add = new Button(getTranslation("application.budget.add"), VaadinIcon.PLUS.create(), e -> addLine(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        totals.addClassName("budget-totals");
        add(list, add, totals);
    }

    void setValue(List<BudgetLine> budget) {
        lines.clear();
        list.removeAll();
        budget.forEach(this::addLine);
        if (budget.isEmpty()) {
            addLine(null);
        }
        showTotals();
    }

    Line addLine(BudgetLine line) {
        Line row = new Line(line);
        lines.add(row);
        list.add(row);
        return row;
    }

    List<BudgetLine> getValue() {
        return lines.stream().map(Line::value).toList();
    }

    private void showTotals() {
        BigDecimal requested = lines.stream().map(l -> l.requested.getValue()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal own = lines.stream().map(l -> l.own.getValue()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        totals.setText(getTranslation("application.budget.totals", Numbers.decimal(requested, getLocale()), Numbers.decimal(own, getLocale()),
                Numbers.decimal(requested.add(own), getLocale())));
    }
}
