package vn.nscl.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.matching.EnterpriseBrief;
import vn.nscl.matching.ExpertInboxService;
import vn.nscl.matching.InboxItem;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.DetailList;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.ReasonDialog;

/**
 * Hộp yêu cầu: requests offered to the expert, each with what they need to decide (the enterprise in brief, its
 * latest self-assessment, why they were matched, the deadline), to accept or decline with a reason; then their
 * engagements.
 */
@Route("inbox")
@Menu(title = "nav.inbox", order = 12, icon = "vaadin:inbox")
@RolesAllowed("EXPERT")
public class ExpertInboxView extends VerticalLayout implements HasDynamicTitle {

    final Div offers = new Div();
    final Div engagements = new Div();
    private final ExpertInboxService inbox;
    private final Catalogue catalogue;
    private final ReferenceData reference;

    ExpertInboxView(ExpertInboxService inbox, Catalogue catalogue, ReferenceData reference) {
        this.inbox = inbox;
        this.catalogue = catalogue;
        this.reference = reference;
        offers.addClassName("recommendation-list");
        engagements.addClassName("request-list");
        add(new H2(getTranslation("inbox.offers")), offers, new H2(getTranslation("inbox.engagements")), engagements);
        show();
    }

    void show() {
        offers.removeAll();
        engagements.removeAll();
        var waiting = inbox.offers();
        if (waiting.isEmpty()) {
            offers.add(new Paragraph(getTranslation("inbox.none")));
        }
        waiting.forEach(item -> offers.add(card(item)));
        var mine = inbox.engagements();
        if (mine.isEmpty()) {
            engagements.add(new Paragraph(getTranslation("inbox.no-engagements")));
        }
        mine.forEach(r -> engagements.add(RequestCards.card(r, catalogue, getLocale(), true)));
    }

    private Div card(InboxItem item) {
        EnterpriseBrief e = item.enterprise();
        Div card = new Div();
        card.addClassName("recommendation-card");
        card.getElement().setAttribute("data-request", String.valueOf(item.request().id()));
        Span deadline = new Span(getTranslation("inbox.deadline", Formats.dateTime(item.offer().deadlineAt())));
        deadline.addClassNames("badge", "priority-high");
        card.add(new H3(catalogue.itemName(item.request().itemCode(), getLocale())), deadline);
        card.add(new Paragraph(item.request().need()));
        card.add(new DetailList()
                .row("request.enterprise", e.name())
                .row("enterprise.type", getTranslation(e.typeKey()))
                .row("enterprise.commune.short", reference.communeName(e.communeCode()))
                .row("profile.sector", e.sectorCode() == null ? "" : reference.sector(e.sectorCode())
                        .map(s -> s.code() + " · " + s.name(getLocale())).orElse(e.sectorCode()))
                .row("profile.size", getTranslation(e.sizeKey()))
                .row("profile.main-products", e.mainProducts())
                .row("inbox.latest-assessment", e.latestYear() == null ? getTranslation("inbox.no-assessment")
                        : getTranslation("inbox.assessment-result", java.time.Year.of(e.latestYear()),
                                e.latestOverall() == null ? "" : Numbers.score(e.latestOverall(), getLocale()),
                                e.latestMaturity() == null ? "" : e.latestMaturity()))
                .row("request.mode", getTranslation("request.mode." + item.request().mode().name()))
                .row("request.language", getTranslation("language." + item.request().language().code())));
        card.add(new Paragraph(getTranslation("inbox.why", item.offer().explanation(getLocale()))));
        Button accept = new Button(getTranslation("inbox.accept"), click -> act(() -> inbox.accept(item.offer().id()),
                "inbox.accepted"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button decline = new Button(getTranslation("inbox.decline"), click -> new ReasonDialog(
                getTranslation("inbox.decline"), getTranslation("inbox.decline.help"), getTranslation("inbox.decline"),
                ExpertInboxService.REASON_MAX_LENGTH, reason -> {
                    inbox.decline(item.offer().id(), reason);
                    Notifications.success(getTranslation("inbox.declined"));
                    show();
                }).open());
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(accept, decline);
        buttons.addClassName("match-actions");
        card.add(buttons);
        return card;
    }

    private void act(Runnable action, String doneKey) {
        Attempts.run(this, action, doneKey);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox") + " | " + getTranslation("app.name");
    }
}
