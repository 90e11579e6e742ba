package vn.nscl.assessment.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import vn.nscl.assessment.AssessmentDraft;
import vn.nscl.assessment.AssessmentService;
import vn.nscl.assessment.Dimension;
import vn.nscl.assessment.Question;
import vn.nscl.assessment.StoredAnswer;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;

/**
 * The review before submitting: every question with the level chosen (or "chưa trả lời"), dimension by dimension
 * with a way back to change them, and the submission (after which the assessment can no longer change).
 */
class ReviewStep extends Div {

    final Button submit = new Button();
    final ConfirmDialog confirm = new ConfirmDialog();

    ReviewStep(AssessmentService assessments, AssessmentDraft draft, IntConsumer goToStep) {
        addClassName("review-step");
        add(new H2(getTranslation("wizard.review")), new Paragraph(getTranslation("wizard.review.intro")));
        Div dimensions = new Div();
        dimensions.addClassName("review-dimensions");
        boolean everyDimensionAnswered = true;
        List<Dimension> asked = draft.asked();
        for (int i = 0; i < asked.size(); i++) {
            Dimension dimension = asked.get(i);
            long answered = dimension.questions().stream().filter(q -> draft.answers().containsKey(q.code())).count();
            everyDimensionAnswered &= answered > 0;
            int target = i;
            Span status = new Span(getTranslation("wizard.review.answered", answered, dimension.questions().size()));
            status.addClassName(answered == dimension.questions().size() ? "complete" : "incomplete");
            Button edit = new Button(getTranslation(answered < dimension.questions().size() ? "wizard.review.open"
                    : "wizard.review.edit"), e -> goToStep.accept(target));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("wizard.review.edit.named", dimension.name().in(getLocale())));
            H3 title = new H3(dimension.name().in(getLocale()));
            Div header = new Div(title, status, edit);
            header.addClassName("review-dimension-header");
            dimensions.add(header, answers(draft, dimension));
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
        if (draft.carriedOverCount() > 0) {
            add(new Paragraph(getTranslation("wizard.review.carried", draft.carriedOverCount())));
        }
        if (!everyDimensionAnswered) {
            add(new Paragraph(getTranslation("wizard.review.missing")));
        }
        add(submit);
    }

    /** Each question of a dimension with the level chosen ("2 · Đang hình thành"), marked when carried over. */
    private UnorderedList answers(AssessmentDraft draft, Dimension dimension) {
        Locale locale = getLocale();
        UnorderedList list = new UnorderedList();
        list.addClassName("review-answers");
        for (Question question : dimension.questions()) {
            StoredAnswer answer = draft.answers().get(question.code());
            Span chosen = new Span(answer == null ? getTranslation("wizard.review.unanswered")
                    : answer.notApplicable() ? getTranslation("assessment.not-applicable")
                    : answer.level() + " · " + draft.questionnaire().levels().get(answer.level()).in(locale));
            chosen.addClassName(answer == null ? "unanswered" : "chosen");
            ListItem item = new ListItem(new Span(question.text().in(locale)), chosen);
            if (answer != null && answer.carriedOver()) {
                Span carried = new Span(getTranslation("wizard.review.carried-mark"));
                carried.addClassName("carried-mark");
                item.add(carried);
            }
            list.add(item);
        }
        return list;
    }
}
