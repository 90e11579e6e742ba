package vn.nscl.matching.ui;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.matching.RequestDeskService;
import vn.nscl.matching.RequestStatus;
import vn.nscl.matching.SupportRequestView;

/** Điều phối chuyên gia: all expert requests for officers, filtered by state; those waiting for them first. */
@Route("requests/desk")
@Menu(title = "nav.requests-desk", order = 36, icon = "vaadin:handshake")
@RolesAllowed({"OFFICER", "ADMIN"})
public class RequestDeskView extends VerticalLayout implements HasDynamicTitle {

    final CheckboxGroup<RequestStatus> states = new CheckboxGroup<>();
    final VirtualList<SupportRequestView> list = new VirtualList<>();
    final Paragraph none = new Paragraph();
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
        // A scrolling region must be reachable with the keyboard (to scroll it with the arrow keys).
        list.getElement().setAttribute("tabindex", "0");
        list.getElement().setAttribute("aria-label", getTranslation("nav.requests-desk"));
        list.setRenderer(new ComponentRenderer<>(r -> RequestCards.card(r, catalogue, getLocale(), true)));
        none.setText(getTranslation("request.none"));
        add(new Paragraph(getTranslation("desk.intro")), states, none, list);
        setFlexGrow(1, list);
        setHeightFull();
        show();
    }

    /** Pages through the chosen states as the officer scrolls; the count is asked for once per choice. */
    void show() {
        Set<RequestStatus> chosen = Set.copyOf(states.getValue());
        long count = desk.count(chosen);
        none.setVisible(count == 0);
        list.setVisible(count > 0);
        list.setDataProvider(DataProvider.<SupportRequestView>fromCallbacks(
                q -> desk.requests(chosen, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.requests-desk") + " | " + getTranslation("app.name");
    }
}
