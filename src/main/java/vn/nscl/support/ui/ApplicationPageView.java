package vn.nscl.support.ui;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.files.ui.FileLinks;
import vn.nscl.recommendation.RecommendationService;
import vn.nscl.reference.ReferenceData;
import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.Confirmations;
import vn.nscl.shared.ui.DetailList;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.ReasonDialog;
import vn.nscl.shared.ui.Timeline;
import vn.nscl.support.ApplicationDetail;
import vn.nscl.support.ApplicationDossier;
import vn.nscl.support.ApprovalDecision;
import vn.nscl.support.ReviewAssignments;
import vn.nscl.support.SubmissionChange;
import vn.nscl.support.ApplicationService;
import vn.nscl.support.ApplicationStatus;
import vn.nscl.support.ApplicationView;
import vn.nscl.support.ReviewService;

/**
 * One application, for its enterprise and for officers: the project, budget, indicators, attachments, the status
 * timeline; the enterprise withdraws, edits when asked for information and reports on an approved project; an
 * officer sees the enterprise's record beside it, ticks the checklist and decides.
 */
@Route("applications/:id([0-9]+)")
@PermitAll
public class ApplicationPageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div review = new Div();
    final Div actions = new Div();
    private final ApplicationService applications;
    private final ReviewService reviews;
    private final ReferenceData reference;
    private final AssessmentResultsService assessments;
    private final RecommendationService recommendations;
    private final Catalogue catalogue;
    private long id;
    private String title = "";

    Anchor dossierLink;
    /** What changed since the last submission, when the application came back after a request for information. */
    com.vaadin.flow.component.details.Details changes;
    com.vaadin.flow.component.select.Select<ReviewAssignments.Reviewer> reviewer;
    /** The support decision, once the application is approved. */
    Anchor decisionLink;
    ApprovalDialog approval;
    private final ApplicationDossier dossier;
    private final ApprovalDecision decision;
    private final ReviewAssignments assignments;

    ApplicationPageView(ApplicationService applications, ReviewService reviews, ReferenceData reference,
            AssessmentResultsService assessments, RecommendationService recommendations, Catalogue catalogue,
            ApplicationDossier dossier, ApprovalDecision decision, ReviewAssignments assignments) {
        this.assignments = assignments;
        this.dossier = dossier;
        this.decision = decision;
        this.assessments = assessments;
        this.recommendations = recommendations;
        this.catalogue = catalogue;
        this.applications = applications;
        this.reviews = reviews;
        this.reference = reference;
        addClassName("request-view");
        review.addClassName("review-panel");
        actions.addClassName("request-actions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    void show() {
        ApplicationDetail detail = applications.detail(id);
        ApplicationView a = detail.application();
        removeAll();
        review.removeAll();
        actions.removeAll();
        title = a.title();
        add(new H1(a.title()), ApplicationCards.status(this, a.status()));
        add(new DetailList()
                .row("request.enterprise", a.enterpriseName())
                .row("enterprise.commune.short", reference.communeName(a.communeCode()))
                .row("application.programme", a.programmeName())
                .row("application.objectives", a.objectives())
                .row("application.expected-results", a.expectedResults())
                .row("application.timeline", a.timeline())
                .row("application.requested", Numbers.decimal(a.requestedTotal(), getLocale()))
                .row("application.own", Numbers.decimal(a.ownTotal(), getLocale()))
                .row("application.approved-amount", a.approvedAmount() == null ? "" : Numbers.decimal(a.approvedAmount(), getLocale()))
                .row("application.conditions", a.conditions() == null ? "" : a.conditions())
                .row("application.decision-note", a.decisionNote() == null ? "" : a.decisionNote())
                .row("application.eligibility", a.eligibilityReason() == null ? "" : a.eligibilityReason()));
        add(new H2(getTranslation("application.budget")), list(a.budget().stream().map(l -> l.description() + ": "
                + Numbers.decimal(l.requested(), getLocale()) + " + " + Numbers.decimal(l.own(), getLocale())).toList()));
        add(new H2(getTranslation("application.indicators")), list(a.indicators().stream().map(i -> i.name() + " ("
                + i.unit() + "): " + (i.baseline() == null ? "–" : Numbers.decimal(i.baseline(), getLocale())) + " → "
                + (i.target() == null ? "–" : Numbers.decimal(i.target(), getLocale()))).toList()));
        Div files = new Div();
        // Each file under what it is for ("Báo giá: bao-gia.pdf"), as the enterprise filed it.
        detail.attachments().forEach(f -> files.add(new Div(new Span((f.document() == null
                ? getTranslation("application.documents.other") : f.document()) + ": "),
                FileLinks.download(f.file().fileName(), () -> applications.file(id, f.file().id())))));
        dossierLink = FileLinks.download(getTranslation("dossier.download"), () -> dossier.pdf(id));
        add(new H2(getTranslation("application.attachments")), files, new Div(dossierLink));
        decisionLink = null;
        if (a.status() == ApplicationStatus.APPROVED || a.status() == ApplicationStatus.COMPLETED) {
            decisionLink = FileLinks.download(getTranslation("decision.download"), () -> decision.pdf(id));
            add(new Div(decisionLink));
        }
        add(actions);
        if (SignedIn.hasRole(Role.ENTERPRISE.name())) {
            enterpriseActions(a);
        }
        if (Role.signedInIsStaff()) {
            reviewPanel(detail);
            add(review);
        }
        if (!detail.reports().isEmpty()) {
            add(new H2(getTranslation("application.reports")));
            detail.reports().forEach(r -> {
                Div row = new Div(new Span(Formats.date(r.submittedAt()) + " — "
                        + getTranslation("application.report." + r.kind()) + ": " + r.text()));
                if (r.file() != null) {
                    row.add(FileLinks.download(r.file().fileName(), () -> applications.file(id, r.file().id())));
                }
                add(row);
            });
        }
        add(new H2(getTranslation("request.timeline")), new Timeline(detail.timeline(), "application.event.", true));
    }

    private void enterpriseActions(ApplicationView a) {
        if (a.status() == ApplicationStatus.NEEDS_INFO) {
            actions.add(new Paragraph(getTranslation("application.needs-info.help", a.decisionNote())));
        }
        if (a.status().editable()) {
            actions.add(new Button(getTranslation("application.edit"),
                    e -> getUI().ifPresent(ui -> ui.navigate("applications/" + id + "/edit"))));
        }
        if (a.status().editable() || ApplicationStatus.UNDER_REVIEW.contains(a.status())) {
            Button withdraw = new Button(getTranslation("application.withdraw"), e -> Confirmations.dialog(this,
                    "application.withdraw", "application.withdraw.confirm",
                    () -> act(() -> applications.withdraw(id, a.version()), "application.withdrawn")).open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(withdraw);
        }
        if (a.status() == ApplicationStatus.APPROVED) {
            TextArea text = new TextArea(getTranslation("application.report.text"));
            text.setWidthFull();
            text.setMaxLength(ApplicationService.REPORT_MAX);
            Checkbox completion = new Checkbox(getTranslation("application.report.completion"));
            Button send = new Button(getTranslation("application.report.send"), e -> act(() -> applications.report(id,
                    a.version(), completion.getValue(), text.getValue(), null, null), "application.report.sent"));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div box = new Div(new H2(getTranslation("application.report")), text, completion, send);
            box.addClassName("visit-form");
            actions.add(box);
        }
    }

    /** Who takes care of the application, "Nhận xử lý" for oneself and "Giao cho" a colleague. */
    private Div reviewerLine(ApplicationView a) {
        Div line = new Div(new Span(a.reviewerName() == null ? getTranslation("review.reviewer.none")
                : getTranslation("review.reviewer", a.reviewerName())));
        line.addClassName("reviewer-line");
        if (a.reviewerId() == null || a.reviewerId() != SignedIn.accountId()) {
            Button take = new Button(getTranslation("review.take"), e -> act(() -> assignments.assign(id,
                    SignedIn.accountId(), a.version()), "review.taken"));
            take.addThemeVariants(ButtonVariant.LUMO_SMALL);
            line.add(take);
        }
        reviewer = new com.vaadin.flow.component.select.Select<>();
        reviewer.setPlaceholder(getTranslation("review.give"));
        reviewer.setAriaLabel(getTranslation("review.give"));
        reviewer.setItems(assignments.reviewers());
        reviewer.setItemLabelGenerator(ReviewAssignments.Reviewer::name);
        reviewer.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                act(() -> assignments.assign(id, e.getValue().accountId(), a.version()), "review.given");
            }
        });
        line.add(reviewer);
        return line;
    }

    private void reviewPanel(ApplicationDetail detail) {
        ApplicationView a = detail.application();
        review.add(new H2(getTranslation("review.title")));
        review.add(reviewerLine(a));
        List<SubmissionChange> changed = applications.changesSinceLastSubmission(id);
        if (!changed.isEmpty()) {
            changes = new com.vaadin.flow.component.details.Details(getTranslation("review.changes",
                    changed.size()));
            changes.setOpened(true);
            changed.forEach(c -> {
                Span label = new Span(getTranslation(c.labelKey()));
                label.addClassName("change-field");
                Div field = new Div(label);
                Div before = new Div(getTranslation("review.changes.before", c.before().isEmpty() ? "–" : c.before()));
                before.addClassName("change-before");
                Div after = new Div(getTranslation("review.changes.after", c.after().isEmpty() ? "–" : c.after()));
                after.addClassName("change-after");
                field.add(before, after);
                field.addClassName("change");
                changes.add(field);
            });
            review.add(changes);
        }
        review.add(new Paragraph(getTranslation("review.context")), new Div(
                link("review.open-enterprise", "enterprises/" + a.enterpriseId())));
        var history = assessments.history(a.enterpriseId());
        if (history.isEmpty()) {
            review.add(new Paragraph(getTranslation("inbox.no-assessment")));
        } else {
            var latest = history.getFirst();
            review.add(new Paragraph(getTranslation("review.latest-assessment",
                    java.time.Year.of(latest.year()),
                    latest.overall() == null ? "" : Numbers.plain(latest.overall(), getLocale()),
                    latest.maturityLevel() == null ? "" : latest.maturityLevel())),
                    link("assessment.open-results", "assessment/" + latest.id() + "/results"));
            var advice = recommendations.forAssessment(latest.id());
            review.add(new Paragraph(getTranslation("review.recommended", String.join(", ", advice.tools().stream()
                    .filter(r -> r.shown()).map(r -> catalogue.itemName(r.code(), getLocale())).toList()),
                    String.join(", ", advice.programmes().stream().map(r -> r.code()).toList()))));
        }
        if (detail.call() != null && !detail.call().checklist().isEmpty()) {
            CheckboxGroup<String> checklist = new CheckboxGroup<>(getTranslation("review.checklist"));
            List<String> items = detail.call().checklist();
            checklist.setItems(items);
            checklist.setValue(new HashSet<>(a.checkedItems().stream().filter(items::contains).toList()));
            checklist.setReadOnly(!ApplicationStatus.UNDER_REVIEW.contains(a.status()));
            Button keep = new Button(getTranslation("review.checklist.save"), e -> act(() -> reviews.setChecklist(id,
                    Set.copyOf(checklist.getValue()), a.version()), "review.checklist.saved"));
            keep.setEnabled(!checklist.isReadOnly());
            review.add(checklist, keep);
        }
        if (!ApplicationStatus.UNDER_REVIEW.contains(a.status())) {
            return;
        }
        if (a.status() == ApplicationStatus.AWAITING_SECOND) {
            review.add(new Paragraph(getTranslation("review.awaiting-second", a.firstApprover(),
                    Numbers.decimal(a.approvedAmount(), getLocale()))));
        }
        BigDecimalField amount = new BigDecimalField(getTranslation("review.amount"));
        amount.setValue(a.approvedAmount() != null ? a.approvedAmount() : a.requestedTotal());
        amount.setHelperText(getTranslation("review.amount.help", Numbers.decimal(reviews.fourEyesAbove(), getLocale())));
        TextArea conditions = new TextArea(getTranslation("review.conditions"));
        conditions.setWidthFull();
        if (a.conditions() != null) {
            conditions.setValue(a.conditions());
        }
        List<String> unticked = detail.call() == null ? List.of() : detail.call().checklist().stream()
                .filter(item -> !a.checkedItems().contains(item)).toList();
        Button approve = new Button(getTranslation("review.approve"), e -> {
            BigDecimal granted = amount.getValue() == null ? BigDecimal.ZERO : amount.getValue();
            boolean secondNeeded = a.status() != ApplicationStatus.AWAITING_SECOND
                    && granted.compareTo(reviews.fourEyesAbove()) > 0;
            approval = new ApprovalDialog(a.title(), granted, conditions.getValue(), secondNeeded, unticked,
                    exception -> refreshWhenStale(() -> reviews.approve(id, granted, conditions.getValue(), exception,
                            a.version())));
            approval.open();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        if (a.status() == ApplicationStatus.AWAITING_SECOND && SignedIn.actor().equals(a.firstApprover())) {
            // Four eyes: the officer who approved first waits for a colleague.
            approve.setText(getTranslation("review.awaiting-colleague"));
            approve.setEnabled(false);
        }
        Button info = new Button(getTranslation("review.ask-info"), e -> new ReasonDialog(
                getTranslation("review.ask-info"), getTranslation("review.ask-info.help"),
                getTranslation("review.ask-info"), ReviewService.NOTE_MAX,
                comment -> refreshWhenStale(() -> reviews.askForInformation(id, comment, a.version()))).open());
        Button reject = new Button(getTranslation("review.reject"), e -> new ReasonDialog(
                getTranslation("review.reject"), getTranslation("review.reject.help"),
                getTranslation("review.reject"), ReviewService.NOTE_MAX,
                reason -> refreshWhenStale(() -> reviews.reject(id, reason, a.version()))).open());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div decision = new Div(amount, conditions, approve, info, reject);
        decision.addClassName("visit-form");
        review.add(decision);
    }

    private Anchor link(String key, String route) {
        return vn.nscl.shared.ui.RouteLink.to(route, getTranslation(key));
    }

    /**
     * Runs a decision from a dialog. A problem with the typed text keeps the dialog open; when the application
     * changed meanwhile the dialog closes and the page shows the current state with the message.
     */
    private void refreshWhenStale(Runnable decision) {
        try {
            decision.run();
        } catch (vn.nscl.shared.UserFacingException problem) {
            if (!problem.fieldProblems().isEmpty()) {
                throw problem;
            }
            vn.nscl.shared.ui.Notifications.error(Attempts.message(this, problem));
        }
        show();
    }

    private void act(Runnable action, String doneKey) {
        Attempts.run(this, action, doneKey);
        show();
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
