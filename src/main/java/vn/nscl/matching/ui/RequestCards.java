package vn.nscl.matching.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.matching.RequestStatus;
import vn.nscl.matching.SupportRequestView;
import vn.nscl.shared.ui.Formats;

/** A request as a card in lists: tool, status, who, when; a click opens it. */
final class RequestCards {

    private RequestCards() {
    }

    static Div card(SupportRequestView r, Catalogue catalogue, Locale locale, boolean showEnterprise) {
        Div card = new Div();
        card.addClassName("request-card");
        card.getElement().setAttribute("data-id", String.valueOf(r.id()));
        H2 title = new H2(catalogue.itemName(r.itemCode(), locale));
        card.add(title, status(card, r.status()));
        if (showEnterprise) {
            card.add(new Paragraph(r.enterpriseName()));
        }
        card.add(new Paragraph(card.getTranslation("request.created-at", Formats.date(r.createdAt()))
                + (r.expertName() == null ? ""
                        : " · " + card.getTranslation("request.expert") + ": " + r.expertName())));
        card.addClickListener(e -> card.getUI().ifPresent(ui -> ui.navigate("requests/" + r.id())));
        return card;
    }

    static Span status(com.vaadin.flow.component.Component c, RequestStatus status) {
        Span badge = new Span(c.getTranslation("request.status." + status.name()));
        badge.addClassNames("badge", "request-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
