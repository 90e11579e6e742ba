package vn.nscl.support.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.support.ApplicationDetail;
import vn.nscl.support.ApplicationDraft;
import vn.nscl.support.ApplicationService;
import vn.nscl.support.ApplicationService.SubmissionCheck;
import vn.nscl.shared.ui.Numbers;

/**
 * Lập hồ sơ: the enterprise writes its project (objectives, measurable results, budget, timeline), attaches
 * documents, saves as often as it likes and submits once the check says it can, with the reasons when it cannot.
 */
@Route("applications/:id([0-9]+)/edit")
@RolesAllowed("ENTERPRISE")
public class ApplicationFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField title = new TextField();
    final TextArea objectives = new TextArea();
    final TextArea expectedResults = new TextArea();
    final TextArea timeline = new TextArea();
    final BudgetEditor budget = new BudgetEditor();
    final IndicatorEditor indicators = new IndicatorEditor();
    DocumentSlots attachments;
    final Button save = new Button();
    final Button submit = new Button();
    /** The reply to DOST's request for information, asked for when the application comes back (resubmission). */
    final TextArea reply = new TextArea();
    /** The last "submit this?" dialog (null before the first ready check). */
    ConfirmDialog confirm;
    final Div checkResult = new Div();
    private final Div attachmentsPlace = new Div();
    private final ApplicationService applications;
    private long id;
    private long version;
    private String programmeName = "";

    ApplicationFormView(ApplicationService applications) {
        this.applications = applications;
        addClassName("profile-view");
        title.setId("application-title");
        objectives.setId("application-objectives");
        expectedResults.setId("application-results");
        timeline.setId("application-timeline");
        title.setLabel(getTranslation("application.title"));
        title.setMaxLength(300);
        title.setWidthFull();
        objectives.setLabel(getTranslation("application.objectives"));
        objectives.setWidthFull();
        expectedResults.setLabel(getTranslation("application.expected-results"));
        expectedResults.setWidthFull();
        timeline.setLabel(getTranslation("application.timeline"));
        timeline.setHelperText(getTranslation("application.timeline.help"));
        timeline.setWidthFull();
        Map<String, HasValidation> fields = Map.of("title", title, "objectives", objectives, "expectedResults",
                expectedResults, "timeline", timeline);
        save.setText(getTranslation("application.save"));
        save.addClickListener(e -> {
            if (saveDraft(fields)) {
                Notifications.success(getTranslation("application.saved"));
            }
        });
        reply.setLabel(getTranslation("application.reply"));
        reply.setHelperText(getTranslation("application.reply.help"));
        reply.setMaxLength(ApplicationService.REPLY_MAX);
        reply.setWidthFull();
        reply.setVisible(false);
        submit.setText(getTranslation("application.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            if (!saveDraft(fields)) {
                return;
            }
            if (reply.isVisible() && reply.getValue().strip().length() < 5) {
                reply.setErrorMessage(getTranslation("support.error.reply", ApplicationService.REPLY_MAX));
                reply.setInvalid(true);
                reply.scrollIntoView();
                return;
            }
            reply.setInvalid(false);
            SubmissionCheck check = applications.check(id);
            showCheck(check);
            if (check.ready()) {
                confirmSubmission(applications.detail(id));
            } else {
                checkResult.scrollIntoView();
            }
        });
        checkResult.addClassName("rule-result");
        // The check's result at the top, where it is seen after pressing "Kiểm tra và nộp" at the bottom.
        add(checkResult, title, objectives, expectedResults, timeline, new H2(getTranslation("application.budget")),
                budget, new H2(getTranslation("application.indicators")), indicators,
                new H2(getTranslation("application.attachments")), attachmentsPlace, reply,
                new HorizontalLayout(save, submit));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        ApplicationDetail detail = applications.detail(id);
        var a = detail.application();
        programmeName = a.programmeName();
        // Back after a request for information: the enterprise says what it did about it.
        reply.setVisible(a.status() == vn.nscl.support.ApplicationStatus.NEEDS_INFO);
        if (reply.isVisible() && a.decisionNote() != null) {
            reply.setHelperText(getTranslation("application.reply.asked", a.decisionNote()));
        }
        title.setValue(a.title());
        objectives.setValue(a.objectives());
        expectedResults.setValue(a.expectedResults());
        timeline.setValue(a.timeline());
        budget.setValue(a.budget());
        indicators.setValue(a.indicators());
        show(detail);
    }

    private boolean saveDraft(Map<String, HasValidation> fields) {
        try {
            applications.save(id, new ApplicationDraft(title.getValue(), objectives.getValue(),
                    expectedResults.getValue(), timeline.getValue(), budget.getValue(), indicators.getValue(), version));
        } catch (UserFacingException problem) {
            // Budget and indicator problems have no single field: the summary above the form names them too.
            FormProblems.show(this, problem, fields);
            return false;
        }
        FormProblems.clear(fields);
        reload();
        return true;
    }

    private void reload() {
        show(applications.detail(id));
    }

    private void show(ApplicationDetail detail) {
        version = detail.application().version();
        if (attachments == null) {
            attachments = new DocumentSlots(applications, id, () -> version, this::reload);
            attachmentsPlace.add(attachments);
        }
        attachments.show(detail);
    }

    /** Says what is about to be submitted (it cannot be changed afterwards) and submits only on a clear yes. */
    private void confirmSubmission(ApplicationDetail detail) {
        var a = detail.application();
        var locale = getLocale();
        UnorderedList summary = new UnorderedList(
                new ListItem(getTranslation("application.confirm.programme", a.programmeName())),
                new ListItem(getTranslation("application.confirm.title", a.title())),
                new ListItem(getTranslation("application.confirm.amounts", Numbers.decimal(a.requestedTotal(), locale),
                        Numbers.decimal(a.ownTotal(), locale))),
                new ListItem(getTranslation("application.confirm.files", detail.attachments().size())));
        // Each document by what it is for, so the enterprise sees that the right file went into each slot.
        detail.attachments().forEach(file -> summary.add(new ListItem(getTranslation("application.confirm.file",
                file.document() == null ? getTranslation("application.documents.other") : file.document(),
                file.file().fileName()))));
        confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("application.confirm.header"));
        confirm.setText(new Div(new Paragraph(getTranslation("application.confirm.text")), summary));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("application.confirm.no"));
        confirm.setConfirmText(getTranslation("application.confirm.yes"));
        confirm.addConfirmListener(e -> {
            if (Attempts.run(this, () -> applications.submit(id, version, reply.isVisible() ? reply.getValue() : null),
                    "application.submitted")) {
                getUI().ifPresent(ui -> ui.navigate("applications/" + id));
            }
        });
        confirm.open();
    }

    private void showCheck(SubmissionCheck check) {
        checkResult.removeAll();
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(getTranslation(check.eligibility().eligible() ? "programmes.eligible"
                : "programmes.not-eligible") + " " + check.eligibility().reason(getLocale())));
        if (!check.callOpen()) {
            list.add(new ListItem(getTranslation("support.error.call-closed")));
        }
        check.problems().forEach(p -> list.add(new ListItem(getTranslation(p.messageKey(), p.argArray()))));
        checkResult.add(new H2(getTranslation("application.check")), list);
    }

    @Override
    public String getPageTitle() {
        return programmeName + " | " + getTranslation("app.name");
    }
}
