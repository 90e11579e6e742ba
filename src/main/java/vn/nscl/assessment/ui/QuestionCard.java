package vn.nscl.assessment.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

import vn.nscl.assessment.AssessmentService;
import vn.nscl.assessment.AssessmentService.AnswerChangedElsewhereException;
import vn.nscl.assessment.Question;
import vn.nscl.assessment.StoredAnswer;
import vn.nscl.shared.LocalizedText;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;

/**
 * One question of the wizard: its text, its help, and the five levels described as they look in practice, plus
 * "not applicable". The answer is saved the moment it is chosen.
 */
class QuestionCard extends Div {

    static final int NOT_APPLICABLE = -1;

    final RadioButtonGroup<Integer> choice = new RadioButtonGroup<>();
    /** Shown while the answer is as carried over from an earlier assessment: keep it with one click, or choose. */
    final Div carriedNote = new Div();
    final Button keep = new Button();
    private final AssessmentService assessments;
    private final long assessmentId;
    private final Question question;
    private StoredAnswer stored;
    private boolean showing;

    QuestionCard(AssessmentService assessments, long assessmentId, Question question, List<LocalizedText> levelNames,
            StoredAnswer stored, String carriedText, Runnable onAnswered) {
        this.assessments = assessments;
        this.assessmentId = assessmentId;
        this.question = question;
        addClassName("question-card");
        Locale locale = getLocale();
        add(new H3(question.text().in(locale)));
        if (question.help() != null) {
            Details help = new Details(getTranslation("assessment.help"), new Div(question.help().in(locale)));
            help.addClassName("question-help");
            add(help);
        }
        choice.setItems(0, 1, 2, 3, 4, NOT_APPLICABLE);
        choice.setItemLabelGenerator(level -> level == NOT_APPLICABLE ? getTranslation("assessment.not-applicable")
                : level + " · " + levelNames.get(level).in(locale) + ": " + question.levels().get(level).in(locale));
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setAriaLabel(question.text().in(locale));
        choice.setId("answer-" + question.code()); // stable handles for the load test (see src/gatling)
        choice.addValueChangeListener(event -> {
            if (!showing && event.getValue() != null) {
                save(event.getValue());
                carriedNote.setVisible(isCarriedOver());
                onAnswered.run();
            }
        });
        keep.setText(getTranslation("wizard.carried.keep"));
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
        keep.addClickListener(e -> {
            keepCarried();
            onAnswered.run();
        });
        carriedNote.add(new Span(carriedText == null ? "" : carriedText), keep);
        carriedNote.addClassName("carried-note");
        add(carriedNote, choice);
        show(stored);
    }

    boolean isCarriedOver() {
        return stored != null && stored.carriedOver();
    }

    /** Confirms a carried-over answer as it is (then it counts as the enterprise's own answer of this draft). */
    void keepCarried() {
        if (isCarriedOver()) {
            save(stored.notApplicable() ? NOT_APPLICABLE : stored.level());
            carriedNote.setVisible(isCarriedOver());
        }
    }

    String questionCode() {
        return question.code();
    }

    boolean isAnswered() {
        return stored != null;
    }

    private void save(int value) {
        boolean notApplicable = value == NOT_APPLICABLE;
        try {
            stored = assessments.answer(assessmentId, question.code(), notApplicable ? null : value, notApplicable,
                    stored == null ? null : stored.version());
        } catch (AnswerChangedElsewhereException changed) {
            Notifications.error(getTranslation(changed.messageKey()));
            show(assessments.draft(assessmentId).answers().get(question.code()));
        } catch (UserFacingException problem) {
            FormProblems.notify(this, problem);
            show(stored);
        }
    }

    private void show(StoredAnswer answer) {
        showing = true;
        try {
            stored = answer;
            choice.setValue(answer == null ? null : answer.notApplicable() ? NOT_APPLICABLE : answer.level());
            carriedNote.setVisible(isCarriedOver());
        } finally {
            showing = false;
        }
    }
}
