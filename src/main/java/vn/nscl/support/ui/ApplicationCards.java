package vn.nscl.support.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.support.ApplicationStatus;
import vn.nscl.support.ApplicationView;

/** An application as a card in lists; a click opens it (its form while the enterprise can still edit it). */
final class ApplicationCards {

    private ApplicationCards() {
    }

    static Div card(ApplicationView a, boolean enterprise) {
        Div card = new Div();
        card.addClassName("request-card");
        card.getElement().setAttribute("data-id", String.valueOf(a.id()));
        card.add(new H2(a.title().isEmpty() ? a.programmeName() : a.title()), status(card, a.status()));
        // The programme by its name (a code such as "P3" means nothing to an applicant).
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        card.add(new Paragraph((enterprise ? "" : a.enterpriseName() + " · ")
                + (a.title().isEmpty() ? "" : a.programmeName() + " · ")
                + card.getTranslation("application.requested-short", Numbers.decimal(a.requestedTotal(), locale))
                + (a.submittedAt() == null ? "" : " · " + Formats.date(a.submittedAt()))));
        String route = enterprise && a.status().editable() ? "applications/" + a.id() + "/edit"
                : "applications/" + a.id();
        card.addClickListener(e -> card.getUI().ifPresent(ui -> ui.navigate(route)));
        return card;
    }

    static Span status(Component c, ApplicationStatus status) {
        Span badge = new Span(c.getTranslation("application.status." + status.name()));
        badge.addClassNames("badge", "application-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
