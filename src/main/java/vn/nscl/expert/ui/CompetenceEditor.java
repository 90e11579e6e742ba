package vn.nscl.expert.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.CatalogueItem;
import vn.nscl.expert.Competence;
import vn.nscl.shared.ui.Choices;

/** The expert's competences as rows: tool or standard, level 1–3 (explained), years of practice. */
class CompetenceEditor extends Div implements HasValidation {

    /** One editable row. */
    final class Row extends Div {
        final ComboBox<CatalogueItem> item = new ComboBox<>();
        final Select<Integer> level = new Select<>();
        final IntegerField years = new IntegerField();

        Row(Competence competence) {
            addClassName("competence-row");
            item.setLabel(getTranslation("expert.competence.item"));
            Choices.offer(item, catalogue.items(), i -> i.name(getLocale()));
            level.setLabel(getTranslation("expert.competence.level"));
            level.setItems(1, 2, 3);
            level.setItemLabelGenerator(l -> getTranslation("expert.competence.level." + l));
            years.setLabel(getTranslation("expert.competence.years"));
            years.setMin(0);
            years.setMax(Competence.MAX_YEARS);
            years.setStepButtonsVisible(true);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(this);
                list.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            if (competence != null) {
                item.setValue(catalogue.item(competence.itemCode()).orElse(null));
                level.setValue(competence.level());
                years.setValue(competence.years());
            } else {
                level.setValue(1);
                years.setValue(0);
            }
            add(item, level, years, remove);
        }

        Competence value() {
            return item.getValue() == null ? null : new Competence(item.getValue().code(),
                    Objects.requireNonNullElse(level.getValue(), 0), Objects.requireNonNullElse(years.getValue(), -1));
        }
    }

    private final transient Catalogue catalogue;
    final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Div error = new Div();

    CompetenceEditor(Catalogue catalogue) {
        this.catalogue = catalogue;
        addClassName("competence-editor");
        error.addClassName("field-error");
        Button add = new Button(getTranslation("expert.competence.add"), VaadinIcon.PLUS.create(),
                e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(list, add, error);
    }

    void setValue(List<Competence> competences) {
        rows.clear();
        list.removeAll();
        competences.forEach(this::addRow);
        if (competences.isEmpty()) {
            addRow(null);
        }
    }

    Row addRow(Competence competence) {
        Row row = new Row(competence);
        rows.add(row);
        list.add(row);
        return row;
    }

    List<Competence> getValue() {
        return rows.stream().map(Row::value).filter(Objects::nonNull).toList();
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message == null ? "" : message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
