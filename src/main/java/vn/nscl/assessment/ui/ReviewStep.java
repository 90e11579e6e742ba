package vn.nscl.assessment.ui;

import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import vn.nscl.assessment.AssessmentDraft;
import vn.nscl.assessment.AssessmentService;
import vn.nscl.assessment.Dimension;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;

/**
 * The review before submitting: how many questions of each dimension are answered, a way back to the missing ones,
 * and the submission (after which the assessment can no longer change).
 */
class ReviewStep extends Div {

    final Button submit = new Button();
    final ConfirmDialog confirm = new ConfirmDialog();

    ReviewStep(AssessmentService assessments, AssessmentDraft draft, IntConsumer goToStep) {
        addClassName("review-step");
        add(new H2(getTranslation("wizard.review")), new Paragraph(getTranslation("wizard.review.intro")));
        UnorderedList dimensions = new UnorderedList();
        boolean everyDimensionAnswered = true;
        List<Dimension> asked = draft.asked();
        for (int i = 0; i < asked.size(); i++) {
            Dimension dimension = asked.get(i);
            long answered = dimension.questions().stream().filter(q -> draft.answers().containsKey(q.code())).count();
            everyDimensionAnswered &= answered > 0;
            int target = i;
            Span status = new Span(getTranslation("wizard.review.answered", answered, dimension.questions().size()));
            status.addClassName(answered == dimension.questions().size() ? "complete" : "incomplete");
            ListItem item = new ListItem(new Span(dimension.name().in(getLocale()) + ": "), status);
            if (answered < dimension.questions().size()) {
                Button open = new Button(getTranslation("wizard.review.open"), e -> goToStep.accept(target));
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                item.add(open);
            }
            dimensions.add(item);
        }
        submit.setText(getTranslation("wizard.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setEnabled(everyDimensionAnswered);
        submit.setId("wizard-submit");
        confirm.setHeader(getTranslation("wizard.submit.confirm.title"));
        confirm.setText(getTranslation("wizard.submit.confirm.text"));
        confirm.setCancelable(true);
        confirm.setId("submit-confirm");
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("wizard.submit"));
        confirm.addConfirmListener(e -> {
            try {
                assessments.submit(draft.summary().id());
            } catch (UserFacingException problem) {
                FormProblems.notify(this, problem);
                return;
            }
            getUI().ifPresent(ui -> ui.navigate("assessment/" + draft.summary().id() + "/results"));
        });
        submit.addClickListener(e -> confirm.open());
        add(dimensions);
        if (!everyDimensionAnswered) {
            add(new Paragraph(getTranslation("wizard.review.missing")));
        }
        add(submit);
    }
}
