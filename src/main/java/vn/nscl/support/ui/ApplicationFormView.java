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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.files.FileStore;
import vn.nscl.files.ui.FileLinks;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.BoundedUpload;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.ComponentTexts;
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
    final Div attachments = new Div();
    final Upload upload;
    final Button save = new Button();
    final Button submit = new Button();
    /** The last "submit this?" dialog (null before the first ready check). */
    ConfirmDialog confirm;
    final Div checkResult = new Div();
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
        upload = new Upload(BoundedUpload.of(FileStore.MAX_BYTES, (metadata, bytes) -> {
            if (Attempts.run(this, () -> applications.attach(id, version, metadata.fileName(), bytes),
                    "application.attached")) {
                reload();
            }
        }));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(FileStore.MAX_BYTES);
        upload.setI18n(ComponentTexts.upload(this));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        Map<String, HasValidation> fields = Map.of("title", title, "objectives", objectives, "expectedResults",
                expectedResults, "timeline", timeline);
        save.setText(getTranslation("application.save"));
        save.addClickListener(e -> {
            if (saveDraft(fields)) {
                Notifications.success(getTranslation("application.saved"));
            }
        });
        submit.setText(getTranslation("application.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            if (!saveDraft(fields)) {
                return;
            }
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
                new H2(getTranslation("application.attachments")), attachments, upload,
                new HorizontalLayout(save, submit));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        ApplicationDetail detail = applications.detail(id);
        var a = detail.application();
        programmeName = a.programmeName();
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
            FormProblems.show(this, problem, fields);
            if (!problem.fieldProblems().isEmpty()) {
                Notifications.error(Attempts.message(this, problem));
            }
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
        attachments.removeAll();
        if (detail.call() != null && !detail.call().requiredDocuments().isBlank()) {
            attachments.add(new Paragraph(getTranslation("programmes.documents", detail.call().requiredDocuments())));
        }
        detail.attachments().forEach(a -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                if (Attempts.run(this, () -> applications.detach(id, version, a.id()), "application.detached")) {
                    reload();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("action.remove"));
            Div row = new Div(FileLinks.download(a.file().fileName(), () -> applications.file(id, a.file().id())),
                    remove);
            row.addClassName("certificate-row");
            attachments.add(row);
        });
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
        confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("application.confirm.header"));
        confirm.setText(new Div(new Paragraph(getTranslation("application.confirm.text")), summary));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("application.confirm.no"));
        confirm.setConfirmText(getTranslation("application.confirm.yes"));
        confirm.addConfirmListener(e -> {
            if (Attempts.run(this, () -> applications.submit(id, version), "application.submitted")) {
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
