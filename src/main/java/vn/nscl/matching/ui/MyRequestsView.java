package vn.nscl.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.matching.SupportRequestService;

/** Yêu cầu chuyên gia: the enterprise's requests, newest first, and a button to ask for help. */
@Route("requests")
@Menu(title = "nav.requests", order = 25, icon = "vaadin:handshake")
@RolesAllowed("ENTERPRISE")
public class MyRequestsView extends VerticalLayout implements HasDynamicTitle {

    final Div list = new Div();

    MyRequestsView(SupportRequestService requests, Catalogue catalogue) {
        Button ask = new Button(getTranslation("request.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(NewRequestView.class)));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        list.addClassName("request-list");
        var mine = requests.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("request.none")));
        }
        mine.forEach(r -> list.add(RequestCards.card(r, catalogue, getLocale(), false)));
        add(new Paragraph(getTranslation("request.intro")), ask, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.requests") + " | " + getTranslation("app.name");
    }
}
