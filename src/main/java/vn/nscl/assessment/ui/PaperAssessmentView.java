package vn.nscl.assessment.ui;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.assessment.Answer;
import vn.nscl.assessment.Dimension;
import vn.nscl.assessment.PaperAssessments;
import vn.nscl.assessment.Question;
import vn.nscl.assessment.Questionnaires;
import vn.nscl.assessment.Tier;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.RouteLink;

/**
 * Nhập phiếu giấy: an officer copies an assessment an enterprise filled in on paper (at a workshop, often with no
 * account) into the platform, question by question in the order of the printed form. It is scored like one made
 * online and shows as entered by DOST, with who and when. Nothing is stored until every dimension has an answer.
 */
@Route("enterprises/:id/paper-assessment")
@RolesAllowed({"OFFICER", "ADMIN"})
public class PaperAssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int NOT_APPLICABLE = -1;

    final Select<Tier> tier = new Select<>();
    final DatePicker filledIn = new DatePicker();
    final Select<Integer> year = new Select<>();
    final Div questions = new Div();
    final Button save = new Button();
    /** The answer chosen for each question code, kept when the questionnaire is switched and back. */
    final Map<String, RadioButtonGroup<Integer>> choices = new LinkedHashMap<>();

    private final PaperAssessments paper;
    private final EnterpriseProfileService profiles;
    private final Questionnaires questionnaires;
    private final Map<String, Integer> chosen = new LinkedHashMap<>();
    private final Map<String, List<String>> codesByDimension = new LinkedHashMap<>();
    private EnterpriseSummary enterprise;

    PaperAssessmentView(PaperAssessments paper, EnterpriseProfileService profiles, Questionnaires questionnaires) {
        this.paper = paper;
        this.profiles = profiles;
        this.questionnaires = questionnaires;
        tier.setLabel(getTranslation("paper.tier"));
        tier.setItems(Tier.values());
        tier.setItemLabelGenerator(t -> questionnaires.current(t).title().in(getLocale()));
        tier.setValue(Tier.QUICK);
        filledIn.setLabel(getTranslation("paper.filled-in"));
        filledIn.setHelperText(getTranslation("paper.filled-in.help"));
        filledIn.setLocale(Locale.forLanguageTag("vi-VN"));
        filledIn.setRequiredIndicatorVisible(true);
        year.setLabel(getTranslation("assessment.year"));
        year.setHelperText(getTranslation("paper.year.help"));
        save.setText(getTranslation("paper.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        tier.addValueChangeListener(e -> showQuestions());
        filledIn.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                year.setValue(e.getValue().getYear());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        enterprise = profiles.profile(id).enterprise();
        LocalDate today = LocalDate.now(Formats.VIETNAM);
        filledIn.setMax(today);
        filledIn.setMin(LocalDate.of(2021, 1, 1));
        year.setItems(IntStream.rangeClosed(2021, Year.now(Formats.VIETNAM).getValue()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        year.setValue(today.getYear());
        removeAll();
        FormLayout head = new FormLayout(tier, filledIn, year);
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        add(RouteLink.to("enterprises/" + id, getTranslation("paper.back", enterprise.name())),
                new H1(getTranslation("paper.title")), new Paragraph(getTranslation("paper.intro", enterprise.name())),
                head, questions, save);
        showQuestions();
    }

    /** The questions this enterprise is asked in the chosen questionnaire, grouped by dimension as on paper. */
    private void showQuestions() {
        if (enterprise == null) {
            return;
        }
        choices.values().forEach(group -> rememberChoice(group));
        choices.clear();
        codesByDimension.clear();
        questions.removeAll();
        List<Dimension> asked;
        try {
            asked = paper.questions(enterprise.id(), tier.getValue());
        } catch (UserFacingException problem) {
            questions.add(new Paragraph(getTranslation(problem.messageKey(), problem.args())));
            save.setEnabled(false);
            return;
        }
        save.setEnabled(true);
        Locale locale = getLocale();
        int number = 1;
        for (Dimension dimension : asked) {
            questions.add(new H2(dimension.name().in(locale)));
            codesByDimension.put(dimension.name().in(locale), dimension.questions().stream().map(Question::code)
                    .toList());
            for (Question question : dimension.questions()) {
                questions.add(questionRow(number++, question, locale));
            }
        }
    }

    private Div questionRow(int number, Question question, Locale locale) {
        RadioButtonGroup<Integer> choice = new RadioButtonGroup<>();
        choice.setItems(0, 1, 2, 3, 4, NOT_APPLICABLE);
        choice.setItemLabelGenerator(level -> level == NOT_APPLICABLE ? getTranslation("paper.not-applicable")
                : String.valueOf(level));
        choice.setAriaLabel(question.text().in(locale));
        choice.setId("paper-" + question.code());
        choice.setValue(chosen.get(question.code()));
        choice.addValueChangeListener(e -> rememberChoice(choice));
        choices.put(question.code(), choice);
        UnorderedList levels = new UnorderedList();
        for (int level = 0; level < question.levels().size(); level++) {
            levels.add(new ListItem(level + " · " + question.levels().get(level).in(locale)));
        }
        Details help = new Details(getTranslation("paper.levels"), levels);
        Div row = new Div(new Span(number + ". " + question.text().in(locale)), choice, help);
        row.addClassName("paper-question");
        return row;
    }

    private void rememberChoice(RadioButtonGroup<Integer> group) {
        String code = group.getId().orElseThrow().substring("paper-".length());
        if (group.getValue() == null) {
            chosen.remove(code);
        } else {
            chosen.put(code, group.getValue());
        }
    }

    private void save() {
        if (filledIn.getValue() == null) {
            filledIn.setErrorMessage(getTranslation("error.required"));
            filledIn.setInvalid(true);
            return;
        }
        filledIn.setInvalid(false);
        List<String> unanswered = codesByDimension.entrySet().stream().filter(d -> d.getValue().stream()
                .allMatch(code -> choices.get(code).getValue() == null)).map(Map.Entry::getKey).toList();
        if (!unanswered.isEmpty()) {
            Notifications.error(getTranslation("paper.error.dimensions", String.join(", ", unanswered)));
            return;
        }
        List<Answer> answers = new ArrayList<>();
        choices.forEach((code, group) -> {
            if (group.getValue() != null) {
                answers.add(group.getValue() == NOT_APPLICABLE ? Answer.notApplicable(code)
                        : Answer.level(code, group.getValue()));
            }
        });
        try {
            paper.record(enterprise.id(), tier.getValue(), year.getValue(), answers,
                    Formats.startOf(filledIn.getValue()));
        } catch (UserFacingException problem) {
            FormProblems.notify(this, problem);
            return;
        }
        Notifications.success(getTranslation("paper.saved", enterprise.name(), answers.size()));
        getUI().ifPresent(ui -> ui.navigate("enterprises/" + enterprise.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("paper.title") + " | " + getTranslation("app.name");
    }
}
