package vn.nscl.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.support.ApplicationService;
import vn.nscl.support.ApplicationService.ProgrammeOffer;

/** Chương trình hỗ trợ: each programme with its call, what it gives, and whether the enterprise is eligible and why. */
@Route("programmes")
@Menu(title = "nav.programmes", order = 26, icon = "vaadin:money")
@RolesAllowed("ENTERPRISE")
public class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    final Div list = new Div();

    ProgrammesView(ApplicationService applications, Catalogue catalogue) {
        list.addClassName("recommendation-list");
        add(new Paragraph(getTranslation("programmes.intro")), list);
        for (ProgrammeOffer offer : applications.programmes()) {
            var call = offer.call();
            var programme = catalogue.programme(call.programmeCode()).orElseThrow();
            Div card = new Div();
            card.addClassName("recommendation-card");
            card.getElement().setAttribute("data-programme", call.programmeCode());
            Span open = new Span(getTranslation(call.open() ? "programmes.open" : "programmes.closed"));
            open.addClassNames("badge", call.open() ? "status-verified" : "status-draft");
            card.add(new H2(programme.name(getLocale())), open);
            card.add(new Paragraph(programme.support().in(getLocale())));
            card.add(new Paragraph(getTranslation("programmes.terms", Numbers.decimal(call.ceiling(), getLocale()),
                    call.ownSharePercent(), call.openFrom() == null ? "…" : Formats.date(call.openFrom()),
                    call.openUntil() == null ? "…" : Formats.date(call.openUntil()))));
            if (!call.requiredDocuments().isBlank()) {
                card.add(new Paragraph(getTranslation("programmes.documents", call.requiredDocuments())));
            }
            Paragraph eligibility = new Paragraph(getTranslation(offer.eligibility().eligible()
                    ? "programmes.eligible" : "programmes.not-eligible") + " " + offer.eligibility().reason(getLocale()));
            eligibility.addClassName(offer.eligibility().eligible() ? "eligible" : "not-eligible");
            card.add(eligibility);
            if (offer.eligibility().eligible()) {
                Button apply = new Button(getTranslation("programmes.apply"), e -> {
                    long id = applications.start(call.programmeCode());
                    getUI().ifPresent(ui -> ui.navigate("applications/" + id + "/edit"));
                });
                apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(apply);
            }
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.programmes") + " | " + getTranslation("app.name");
    }
}
