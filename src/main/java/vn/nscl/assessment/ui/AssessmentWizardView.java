package vn.nscl.assessment.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.assessment.AssessmentDraft;
import vn.nscl.assessment.AssessmentService;
import vn.nscl.assessment.Dimension;
import vn.nscl.assessment.Question;
import vn.nscl.assessment.StoredAnswer;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Formats;

/**
 * Tự đánh giá: one dimension per step, then the productivity indicators, then a review before submitting. Every
 * answer is saved as it is chosen and the step is remembered, so closing the browser loses nothing.
 */
@Route("assessment/:id/fill")
@RolesAllowed("ENTERPRISE")
public class AssessmentWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ProgressBar progress = new ProgressBar();
    final Span stepLabel = new Span();
    final Span answeredLabel = new Span();
    final Div body = new Div();
    final Button back = new Button();
    final Button next = new Button();
    final List<QuestionCard> cards = new ArrayList<>();
    /** "Giữ tất cả": on a step with several carried-over answers (null on other steps). */
    Button keepAll;
    final Span carriedLabel = new Span();

    private final AssessmentService assessments;
    private final EnterpriseProfileService profiles;
    private AssessmentDraft draft;
    private int step;

    AssessmentWizardView(AssessmentService assessments, EnterpriseProfileService profiles) {
        this.assessments = assessments;
        this.profiles = profiles;
        addClassName("wizard");
        progress.setMin(0);
        stepLabel.addClassName("step-label");
        answeredLabel.addClassName("answered-label");
        carriedLabel.addClassName("carried-label");
        back.setText(getTranslation("wizard.back"));
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.addClickListener(e -> goTo(step - 1));
        next.setText(getTranslation("wizard.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> goTo(step + 1));
        next.setId("wizard-next");
        HorizontalLayout navigation = new HorizontalLayout(back, next);
        navigation.addClassName("wizard-navigation");
        add(new Div(stepLabel, answeredLabel, carriedLabel), progress, body, navigation);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            draft = assessments.draft(id);
        } catch (UserFacingException notADraft) {
            event.forwardTo("assessment/" + id + "/results");
            return;
        }
        show(Math.min(draft.currentStep(), lastStep()));
    }

    int lastStep() {
        return draft.asked().size() + 1;
    }

    int step() {
        return step;
    }

    void goTo(int target) {
        int bounded = Math.max(0, Math.min(target, lastStep()));
        assessments.goToStep(draft.summary().id(), bounded);
        draft = assessments.draft(draft.summary().id());
        show(bounded);
        getUI().ifPresent(ui -> ui.getPage().executeJs("window.scrollTo(0, 0)"));
    }

    private void show(int target) {
        step = target;
        body.removeAll();
        cards.clear();
        int indicatorsStep = draft.asked().size();
        if (step < indicatorsStep) {
            showDimension(draft.asked().get(step));
        } else if (step == indicatorsStep) {
            body.add(new IndicatorsStep(profiles, draft));
        } else {
            body.add(new ReviewStep(assessments, draft, this::goTo));
        }
        progress.setMax(lastStep());
        progress.setValue(step);
        stepLabel.setText(getTranslation("wizard.step", step + 1, lastStep() + 1, stepTitle()));
        updateAnsweredCount();
        back.setEnabled(step > 0);
        next.setVisible(step < lastStep());
    }

    private void showDimension(Dimension dimension) {
        body.add(new H2(dimension.name().in(getLocale())));
        if (dimension.description() != null) {
            body.add(new Paragraph(dimension.description().in(getLocale())));
        }
        String carriedText = carriedText();
        for (Question question : dimension.questions()) {
            QuestionCard card = new QuestionCard(assessments, draft.summary().id(), question,
                    draft.questionnaire().levels(), draft.answers().get(question.code()), carriedText,
                    this::updateAnsweredCount);
            cards.add(card);
            body.add(card);
        }
        keepAll = null;
        if (cards.stream().filter(QuestionCard::isCarriedOver).count() > 1) {
            Button keepThem = new Button(getTranslation("wizard.carried.keep-all"), VaadinIcon.CHECK.create());
            keepThem.addClickListener(e -> {
                cards.forEach(QuestionCard::keepCarried);
                keepThem.setVisible(false);
                updateAnsweredCount();
            });
            keepAll = keepThem;
            body.addComponentAtIndex(dimension.description() == null ? 1 : 2, keepThem);
        }
    }

    /** "Điền sẵn từ Kiểm tra nhanh ngày 06/12/2026": what a carried-over answer's note says (null: none). */
    private String carriedText() {
        var from = draft.carriedFrom();
        return from == null ? null : getTranslation("wizard.carried", from.title().in(getLocale()),
                Formats.date(from.submittedAt()));
    }

    /** The counts at the top: this step's cards as they are now, the other steps' answers as the draft has them. */
    private void updateAnsweredCount() {
        List<StoredAnswer> elsewhere = draft.asked().stream()
                .filter(d -> step >= draft.asked().size() || d != draft.asked().get(step))
                .flatMap(d -> d.questions().stream()).map(q -> draft.answers().get(q.code()))
                .filter(java.util.Objects::nonNull).toList();
        long answered = cards.stream().filter(QuestionCard::isAnswered).count() + elsewhere.size();
        answeredLabel.setText(getTranslation("wizard.answered", answered, draft.questionCount()));
        long carried = cards.stream().filter(QuestionCard::isCarriedOver).count()
                + elsewhere.stream().filter(StoredAnswer::carriedOver).count();
        carriedLabel.setText(carried == 0 ? "" : getTranslation("wizard.carried.count", carried));
    }

    private String stepTitle() {
        if (step < draft.asked().size()) {
            return draft.asked().get(step).name().in(getLocale());
        }
        return getTranslation(step == draft.asked().size() ? "wizard.indicators" : "wizard.review");
    }

    Component currentBody() {
        return body.getComponentAt(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assessment") + " | " + getTranslation("app.name");
    }
}
