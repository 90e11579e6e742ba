package vn.nscl.expert.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.expert.ExpertListItem;
import vn.nscl.expert.ExpertReviewService;
import vn.nscl.reference.ReferenceData;

/** Chuyên gia: every expert for officers, those waiting for verification or with a problem first. */
@Route("experts")
@Menu(title = "nav.experts", order = 35, icon = "vaadin:academy-cap")
@RolesAllowed({"OFFICER", "ADMIN"})
public class ExpertListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<ExpertListItem> grid = new Grid<>();
    private final ExpertReviewService reviews;

    ExpertListView(ExpertReviewService reviews, ReferenceData reference) {
        this.reviews = reviews;
        add(new Paragraph(getTranslation("experts.intro", reviews.count(), reviews.countNeedingAttention())));
        search.setPlaceholder(getTranslation("experts.search"));
        search.setAriaLabel(getTranslation("experts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        add(search);
        grid.addColumn(ExpertListItem::fullName).setHeader(getTranslation("expert.full-name")).setFlexGrow(2);
        grid.addColumn(ExpertListItem::organisation).setHeader(getTranslation("expert.organisation")).setFlexGrow(2);
        grid.addColumn(i -> i.homeCommune() == null ? "" : reference.communeName(i.homeCommune()))
                .setHeader(getTranslation("expert.home-commune.short"));
        grid.addComponentColumn(i -> {
            Span badge = new Span(getTranslation("expert.status." + i.status().name()));
            badge.addClassNames("badge", "status-" + i.status().name().toLowerCase(java.util.Locale.ROOT));
            return badge;
        }).setHeader(getTranslation("expert.status"));
        grid.addColumn(this::attention).setHeader(getTranslation("experts.attention")).setFlexGrow(2);
        refresh();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("experts/" + e.getItem().id())));
        grid.setPageSize(50);
        add(grid);
    }

    private void refresh() {
        String typed = search.getValue();
        grid.setItems(q -> reviews.experts(typed, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) reviews.count(typed));
    }

    private String attention(ExpertListItem item) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (item.productivityCertified()) {
            notes.add(getTranslation("experts.certified"));
        }
        if (item.pendingCertificates() > 0) {
            notes.add(getTranslation("experts.pending-certificates", item.pendingCertificates()));
        }
        if (item.expiredCertificates() > 0) {
            notes.add(getTranslation("experts.expired-certificates", item.expiredCertificates()));
        }
        if (item.deletionRequested()) {
            notes.add(getTranslation("experts.deletion-requested"));
        }
        return String.join(" · ", notes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.experts") + " | " + getTranslation("app.name");
    }
}
