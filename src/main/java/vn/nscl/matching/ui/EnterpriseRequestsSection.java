package vn.nscl.matching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.shared.ui.EnterpriseSection;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.RouteLink;

/** The enterprise's expert requests on DOST's page of it: the tool, when, the state and the expert. */
@SpringComponent
class EnterpriseRequestsSection implements EnterpriseSection {

    private final SupportRequestService requests;
    private final Catalogue catalogue;

    EnterpriseRequestsSection(SupportRequestService requests, Catalogue catalogue) {
        this.requests = requests;
        this.catalogue = catalogue;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(long enterpriseId) {
        Div section = new Div();
        section.addClassName("enterprise-section");
        java.util.Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        section.add(new H2(section.getTranslation("overview.requests")));
        var all = requests.ofEnterprise(enterpriseId);
        if (all.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("overview.requests.none")));
        }
        all.forEach(r -> {
            Div line = new Div(RouteLink.to("requests/" + r.id(), catalogue.itemName(r.itemCode(), locale)),
                    new Span(" · " + Formats.date(r.createdAt()) + " · "), RequestCards.status(section, r.status()),
                    new Span(r.expertName() == null ? "" : " · " + r.expertName()));
            line.addClassName("overview-line");
            section.add(line);
        });
        return section;
    }
}
