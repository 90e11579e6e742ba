package vn.nscl.shared.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

/**
 * Shows the problems a service found next to the form fields they belong to; a problem without a field (or a general
 * failure) becomes an error notification. Nothing was saved, so the user fixes the fields and tries again.
 */
public final class FormProblems {

    private FormProblems() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** For actions without a form: each problem becomes an error notification. */
    public static void notify(Component view, UserFacingException problem) {
        show(view, problem, java.util.Map.<String, HasValidation>of());
    }

    /** Marks each field that has a problem and tells the user the form needs fixing. */
    public static void show(Component view, UserFacingException problem, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        boolean shownAtField = false;
        for (FieldProblem fieldProblem : problem.fieldProblems()) {
            HasValidation field = fields.get(fieldProblem.field());
            String text = view.getTranslation(fieldProblem.messageKey(), fieldProblem.argArray());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
                shownAtField = true;
            } else {
                Notifications.error(text);
            }
        }
        if (problem.fieldProblems().isEmpty()) {
            Notifications.error(view.getTranslation(problem.messageKey(), problem.args()));
        } else if (shownAtField) {
            Notifications.error(view.getTranslation("error.form.invalid"));
        }
    }
}
