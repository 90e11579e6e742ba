package vn.nscl.matching.ui;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.matching.RequestDeskService;
import vn.nscl.matching.RequestStatus;

/** Điều phối chuyên gia: all expert requests for officers, filtered by state; those waiting for them first. */
@Route("requests/desk")
@Menu(title = "nav.requests-desk", order = 36, icon = "vaadin:handshake")
@RolesAllowed({"OFFICER", "ADMIN"})
public class RequestDeskView extends VerticalLayout implements HasDynamicTitle {

    final CheckboxGroup<RequestStatus> states = new CheckboxGroup<>();
    final Div list = new Div();
    private final RequestDeskService desk;
    private final Catalogue catalogue;

    RequestDeskView(RequestDeskService desk, Catalogue catalogue) {
        this.desk = desk;
        this.catalogue = catalogue;
        states.setLabel(getTranslation("desk.states"));
        states.setItems(RequestStatus.values());
        states.setItemLabelGenerator(s -> getTranslation("request.status." + s.name()));
        states.setValue(EnumSet.of(RequestStatus.AWAITING_OFFICER, RequestStatus.NO_MATCH, RequestStatus.OFFERED,
                RequestStatus.OPEN));
        states.addValueChangeListener(e -> show());
        list.addClassName("request-list");
        add(new Paragraph(getTranslation("desk.intro")), states, list);
        show();
    }

    void show() {
        list.removeAll();
        Set<RequestStatus> chosen = states.getValue();
        var requests = desk.requests(chosen);
        if (requests.isEmpty()) {
            list.add(new Paragraph(getTranslation("request.none")));
        }
        requests.forEach(r -> list.add(RequestCards.card(r, catalogue, getLocale(), true)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.requests-desk") + " | " + getTranslation("app.name");
    }
}
