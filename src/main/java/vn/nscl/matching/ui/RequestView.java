package vn.nscl.matching.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.files.ui.FileLinks;
import vn.nscl.matching.ExpertInboxService;
import vn.nscl.matching.Match;
import vn.nscl.matching.OfferView;
import vn.nscl.matching.RequestDeskService;
import vn.nscl.matching.RequestDetail;
import vn.nscl.matching.RequestMessageService;
import vn.nscl.matching.RequestStatus;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.SupportRequestView;
import vn.nscl.reference.ReferenceData;
import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.DetailList;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.ReasonDialog;
import vn.nscl.shared.ui.Timeline;

/**
 * One support request, for everyone who may see it, with what each may do now: the enterprise chooses among the
 * explained proposals, asks the Department, cancels, and at the end confirms and rates; an officer assigns against
 * the ranking with a reason; the assigned expert records visits and uploads the final report. Once an expert
 * accepted, the parties see each other's contacts and write to each other on the request. The timeline shows every
 * step.
 */
@Route("requests/:id([0-9]+)")
@PermitAll
public class RequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div actions = new Div();
    final Div proposals = new Div();
    private final SupportRequestService requests;
    private final RequestDeskService desk;
    private final ExpertInboxService inbox;
    private final RequestMessageService messages;
    private final Catalogue catalogue;
    private final ReferenceData reference;
    private long requestId;
    private String title = "";

    RequestView(SupportRequestService requests, RequestDeskService desk, ExpertInboxService inbox,
            RequestMessageService messages, Catalogue catalogue, ReferenceData reference) {
        this.requests = requests;
        this.messages = messages;
        this.desk = desk;
        this.inbox = inbox;
        this.catalogue = catalogue;
        this.reference = reference;
        addClassName("request-view");
        actions.addClassName("request-actions");
        proposals.addClassName("recommendation-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = event.getRouteParameters().getLong("id").orElse(-1L);
        show();
    }

    void show() {
        RequestDetail detail = requests.detail(requestId);
        SupportRequestView r = detail.request();
        removeAll();
        actions.removeAll();
        proposals.removeAll();
        title = catalogue.itemName(r.itemCode(), getLocale());
        add(new H1(title), RequestCards.status(this, r.status()));
        add(new DetailList()
                .row("request.enterprise", r.enterpriseName())
                .row("enterprise.commune.short", reference.communeName(r.communeCode()))
                .row("request.need.label", r.need())
                .row("request.mode", getTranslation("request.mode." + r.mode().name()))
                .row("request.language", getTranslation("language." + r.language().code()))
                .row("request.period", period(r))
                .row("request.expert", r.expertName() == null ? "" : r.expertName())
                .row("request.rating", r.rating() == null ? "" : "★".repeat(r.rating()) + " " + r.rating() + "/5"
                        + (r.ratingComment() == null ? "" : " — " + r.ratingComment())));
        add(actions);
        boolean enterprise = SignedIn.hasRole(Role.ENTERPRISE.name());
        boolean staff = Role.signedInIsStaff();
        if (enterprise) {
            new EnterpriseActions(this, requests, r).addTo(actions, proposals);
        }
        if (staff && r.status().beforeAcceptance()) {
            officerProposals(r);
        }
        if (SignedIn.hasRole(Role.EXPERT.name())) {
            new EngagementActions(this, inbox, r).addTo(actions);
        }
        if (!proposals.getChildren().toList().isEmpty()) {
            add(proposals);
        }
        if (detail.contacts() != null) {
            boolean expert = SignedIn.hasRole(Role.EXPERT.name());
            add(new ContactsSection(detail.contacts(), r.status(), staff || !expert, staff || expert));
        }
        MessageThreadSection thread = new MessageThreadSection(messages, requestId);
        if (thread.hasThread()) {
            add(thread);
        }
        if (detail.report() != null) {
            add(new H2(getTranslation("request.report")),
                    FileLinks.download(detail.report().fileName(), () -> requests.report(requestId)));
        }
        if (!detail.visits().isEmpty()) {
            add(new H2(getTranslation("request.visits")));
            UnorderedList visits = new UnorderedList();
            detail.visits().forEach(v -> visits.add(new ListItem(Formats.date(v.visitDate()) + " ("
                    + getTranslation(v.onSite() ? "expert.on-site" : "expert.remote") + "): " + v.text())));
            add(visits);
        }
        if (staff && !detail.offers().isEmpty()) {
            add(new H2(getTranslation("request.offers")));
            UnorderedList offers = new UnorderedList();
            detail.offers().forEach(o -> offers.add(new ListItem(offerLine(o))));
            add(offers);
        }
        add(new H2(getTranslation("request.timeline")), new Timeline(detail.timeline(), "request.event.", false));
    }

    private void officerProposals(SupportRequestView r) {
        List<Match> eligible = desk.eligible(requestId);
        proposals.add(new H2(getTranslation("request.eligible", eligible.size())));
        if (eligible.isEmpty()) {
            proposals.add(new Paragraph(getTranslation("request.no-candidates.officer")));
        }
        for (int i = 0; i < Math.min(eligible.size(), 20); i++) {
            Match match = eligible.get(i);
            Button assign = new Button(getTranslation("request.assign"), e -> new ReasonDialog(
                    getTranslation("request.assign"), getTranslation("request.assign.help", match.expertName()),
                    getTranslation("request.assign"), RequestDeskService.REASON_MAX_LENGTH, reason -> {
                        desk.assign(requestId, match.expertId(), reason, r.version());
                        Notifications.success(getTranslation("request.assigned", match.expertName()));
                        show();
                    }).open());
            assign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            proposals.add(new MatchCard(match, i + 1, assign));
        }
        proposals.add(new LeftOutSection(this, desk, r));
    }

    private String offerLine(OfferView o) {
        return Formats.dateTime(o.offeredAt()) + " — " + o.expertName() + " ("
                + (o.rank() == 0 ? getTranslation("request.rank.left-out") : getTranslation("request.rank", o.rank()))
                + ", " + getTranslation("matching.score",
                        Numbers.plain(o.score(), getLocale())) + ", "
                + getTranslation("request.chosen-by." + o.chosenBy().name())
                + (o.overrideReason() == null ? "" : ": " + o.overrideReason()) + ") → "
                + getTranslation("request.offer-status." + o.status().name())
                + (o.responseReason() == null ? "" : ": " + o.responseReason())
                + " · " + o.explanation(getLocale());
    }

    private String period(SupportRequestView r) {
        if (r.preferredFrom() == null && r.preferredTo() == null) {
            return getTranslation("request.period.any");
        }
        return (r.preferredFrom() == null ? "…" : Formats.date(r.preferredFrom())) + " – "
                + (r.preferredTo() == null ? "…" : Formats.date(r.preferredTo()));
    }

    /** Runs an action; a problem is shown in plain words and the page shows the current state either way. */
    void act(Runnable action, String doneKey, Object... args) {
        Attempts.run(this, action, doneKey, args);
        show();
    }

    static boolean isOpen(RequestStatus status) {
        return status == RequestStatus.OPEN || status == RequestStatus.NO_MATCH;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
