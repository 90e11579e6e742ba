package vn.nscl.training.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.training.TrainingService.Trainee;

/**
 * The people an enterprise registers for a course: a row (name, role) each, one more with "Thêm người" up to the
 * seats left, any row but the last removable. Problems come back per row ("staffName.1").
 */
class TraineeRows extends Div {

    /** One person's fields. */
    record Row(FormLayout layout, TextField name, TextField role) {
    }

    final List<Row> rows = new ArrayList<>();
    final Button add = new Button();
    final Button save = new Button();
    private final Div list = new Div();
    private final int most;

    TraineeRows(int most) {
        this.most = Math.max(1, most);
        addClassName("trainee-rows");
        add.setText(getTranslation("training.add-person"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addRow().name().focus());
        save.setText(getTranslation("training.register"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(list, add);
        addRow();
    }

    Row addRow() {
        TextField name = new TextField(getTranslation("training.staff-name"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        TextField role = new TextField(getTranslation("training.staff-role"));
        role.setMaxLength(100);
        FormLayout layout = new FormLayout(name, role);
        Row row = new Row(layout, name, role);
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            rows.remove(row);
            list.remove(layout);
            update();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("training.remove-person"));
        remove.setTooltipText(getTranslation("training.remove-person"));
        layout.add(remove);
        rows.add(row);
        list.add(layout);
        update();
        return row;
    }

    List<Trainee> trainees() {
        return rows.stream().map(r -> new Trainee(r.name().getValue(), r.role().getValue())).toList();
    }

    /** The fields by the names the service gives its problems. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            fields.put("staffName." + i, rows.get(i).name());
            fields.put("staffRole." + i, rows.get(i).role());
        }
        return fields;
    }

    private void update() {
        add.setEnabled(rows.size() < most);
        rows.forEach(r -> r.layout().getChildren().filter(Button.class::isInstance)
                .forEach(b -> b.setVisible(rows.size() > 1)));
        save.setText(rows.size() == 1 ? getTranslation("training.register")
                : getTranslation("training.register-count", rows.size()));
    }
}
