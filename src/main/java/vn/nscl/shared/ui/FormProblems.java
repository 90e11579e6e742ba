package vn.nscl.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

/**
 * Shows the problems a service found: each at its field, and all of them in one summary just above the form ("Chưa
 * lưu. Hãy sửa 2 mục: …"), scrolled into view, so a user on a phone sees at once that nothing was saved and what to
 * fix. A failure that is not about a field is an error message (Notifications). The summary goes away with the next
 * attempt or the next success.
 */
public final class FormProblems {

    private static final String SUMMARY_KEY = "nscl.form-summary";

    private FormProblems() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** For actions without a form: the problem becomes an error message. */
    public static void notify(Component view, UserFacingException problem) {
        show(view, problem, java.util.Map.<String, HasValidation>of());
    }

    /** Marks each field that has a problem and sums them up above the form; nothing was saved. */
    public static void show(Component view, UserFacingException problem, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        removeSummaries(UI.getCurrent());
        if (problem.fieldProblems().isEmpty()) {
            Notifications.error(view.getTranslation(problem.messageKey(), problem.args()));
            return;
        }
        List<String> lines = new ArrayList<>();
        Component firstField = null;
        for (FieldProblem fieldProblem : problem.fieldProblems()) {
            HasValidation field = fields.get(fieldProblem.field());
            String text = view.getTranslation(fieldProblem.messageKey(), fieldProblem.argArray());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
                String label = field instanceof HasLabel labelled ? labelled.getLabel() : null;
                lines.add(label == null || label.isBlank() ? text : label + ": " + text);
                if (firstField == null && field instanceof Component component) {
                    firstField = component;
                }
            } else {
                lines.add(text);
            }
        }
        Div summary = summary(view, lines);
        placeAbove(firstField, view, summary);
        summary.scrollIntoView();
    }

    /** Takes away the summary shown on this page (a new attempt, or a success, makes it stale). */
    static void removeSummaries(UI ui) {
        if (ui != null) {
            Div shown = (Div) ComponentUtil.getData(ui, SUMMARY_KEY);
            if (shown != null) {
                shown.removeFromParent();
                ComponentUtil.setData(ui, SUMMARY_KEY, null);
            }
        }
    }

    private static Div summary(Component view, List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        Div summary = new Div(new Paragraph(view.getTranslation("error.form.summary", lines.size())), list);
        summary.addClassName("form-summary");
        summary.getElement().setAttribute("role", "alert");
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, SUMMARY_KEY, summary);
        }
        return summary;
    }

    /** Just above the form holding the first field with a problem (also inside a dialog), else atop the view. */
    private static void placeAbove(Component firstField, Component view, Div summary) {
        Component form = firstField == null ? null : firstField.getParent().orElse(null);
        Component container = form == null ? null : form.getParent().orElse(null);
        if (container == null) {
            view.getElement().insertChild(0, summary.getElement());
        } else {
            container.getElement().insertChild(container.getElement().indexOfChild(form.getElement()),
                    summary.getElement());
        }
    }
}
