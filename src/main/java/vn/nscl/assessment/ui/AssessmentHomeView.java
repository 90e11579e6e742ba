package vn.nscl.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.AssessmentService;
import vn.nscl.assessment.AssessmentSummary;
import vn.nscl.assessment.Questionnaires;
import vn.nscl.assessment.Tier;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;

/** Tự đánh giá: continue the open draft or start one, and the list of earlier assessments. */
@Route("assessment")
@Menu(title = "nav.assessment", order = 20, icon = "vaadin:clipboard-check")
@RolesAllowed("ENTERPRISE")
public class AssessmentHomeView extends VerticalLayout implements HasDynamicTitle {

    final Div actions = new Div();
    final AssessmentHistory history;
    private final AssessmentService assessments;
    private final Questionnaires questionnaires;
    private final EnterpriseSummary enterprise;

    AssessmentHomeView(AssessmentService assessments, AssessmentResultsService results, Questionnaires questionnaires,
            EnterpriseService enterprises) {
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.enterprise = enterprises.mine().orElseThrow(() -> new UserFacingException("error.not-found"));
        addClassName("assessment-home");
        actions.addClassName("home-panels");
        history = new AssessmentHistory(results.history(enterprise.id()));
        add(actions, new H2(getTranslation("assessment.history")), history);
        showActions();
    }

    private void showActions() {
        actions.removeAll();
        if (enterprise.sectorCode() == null) {
            Card card = new Card();
            card.setTitle(getTranslation("assessment.profile-first"));
            card.add(new Paragraph(getTranslation("assessment.profile-first.text")));
            Button profile = new Button(getTranslation("nav.profile"), e -> getUI().ifPresent(ui -> ui.navigate("enterprise/profile")));
            profile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.addToFooter(profile);
            actions.add(card);
            return;
        }
        assessments.currentDraft().ifPresentOrElse(this::showDraft, () -> {
            actions.add(startCard(Tier.QUICK), startCard(Tier.FULL));
        });
    }

    private void showDraft(AssessmentSummary draft) {
        Card card = new Card();
        card.setTitle(getTranslation("assessment.draft"));
        card.add(new Paragraph(getTranslation("assessment.draft.text", draft.title().in(getLocale()),
                draft.answered(), Formats.date(draft.startedAt()))));
        Button resume = new Button(getTranslation("assessment.continue"),
                e -> getUI().ifPresent(ui -> ui.navigate("assessment/" + draft.id() + "/fill")));
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button discard = new Button(getTranslation("assessment.discard"), e -> confirmDiscard(draft));
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        card.addToFooter(resume, discard);
        actions.add(card);
    }

    private void confirmDiscard(AssessmentSummary draft) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("assessment.discard"),
                getTranslation("assessment.discard.confirm"), getTranslation("assessment.discard"), e -> {
                    assessments.discard(draft.id());
                    showActions();
                }, getTranslation("action.cancel"), e -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private Card startCard(Tier tier) {
        var questionnaire = questionnaires.current(tier);
        Card card = new Card();
        card.setTitle(questionnaire.title().in(getLocale()));
        card.add(new Paragraph(questionnaire.description() == null ? "" : questionnaire.description().in(getLocale())));
        Button start = new Button(getTranslation("assessment.start"), e -> start(tier));
        start.addThemeVariants(tier == Tier.QUICK ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        start.setId("start-" + tier.code());
        card.addToFooter(start);
        return card;
    }

    private void start(Tier tier) {
        try {
            long id = assessments.start(tier);
            getUI().ifPresent(ui -> ui.navigate("assessment/" + id + "/fill"));
        } catch (UserFacingException problem) {
            FormProblems.notify(this, problem);
            showActions();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.assessment") + " | " + getTranslation("app.name");
    }
}
