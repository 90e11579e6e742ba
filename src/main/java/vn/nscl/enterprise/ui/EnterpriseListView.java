package vn.nscl.enterprise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.enterprise.EnterpriseFilter;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.PaperEnterprises;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.reference.CommuneRef;
import vn.nscl.reference.ReferenceData;
import vn.nscl.reference.Sector;
import vn.nscl.shared.ui.Formats;
import vn.nscl.reference.ui.CommuneChoices;
import vn.nscl.shared.ui.Choices;

/** Doanh nghiệp: officers find an enterprise and open its profile and assessments. */
@Route("enterprises")
@Menu(title = "nav.enterprises", order = 30, icon = "vaadin:factory")
@RolesAllowed({"OFFICER", "ADMIN"})
public class EnterpriseListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<CommuneRef> commune = new ComboBox<>();
    final ComboBox<Sector> sector = new ComboBox<>();
    final Grid<EnterpriseSummary> grid = new Grid<>();
    private final EnterpriseService enterprises;

    final Button addFromPaper = new Button();

    EnterpriseListView(EnterpriseService enterprises, PaperEnterprises paper, ReferenceData reference) {
        this.enterprises = enterprises;
        addFromPaper.setText(getTranslation("paper.enterprise.add"));
        addFromPaper.setIcon(VaadinIcon.PLUS.create());
        addFromPaper.addClickListener(e -> new PaperEnterpriseDialog(paper, reference, id -> getUI()
                .ifPresent(ui -> ui.navigate("enterprises/" + id + "/paper-assessment"))).open());
        setSizeFull();
        search.setPlaceholder(getTranslation("enterprises.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        commune.setPlaceholder(getTranslation("enterprise.commune.short"));
        CommuneChoices.offer(commune, reference);
        commune.setClearButtonVisible(true);
        sector.setPlaceholder(getTranslation("profile.sector"));
        Choices.offer(sector, reference.sectors(), s -> s.code() + " · " + s.name(getLocale()));
        sector.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        commune.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, commune, sector, addFromPaper);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(EnterpriseSummary::name).setHeader(getTranslation("enterprise.name")).setFlexGrow(3);
        grid.addColumn(EnterpriseSummary::enterpriseCode).setHeader(getTranslation("enterprise.code"));
        grid.addColumn(e -> getTranslation("enterprise.type." + e.type().name())).setHeader(getTranslation("enterprise.type"));
        grid.addColumn(e -> reference.communeName(e.communeCode())).setHeader(getTranslation("enterprise.commune.short"));
        grid.addColumn(e -> e.sectorCode() == null ? "" : e.sectorCode()).setHeader(getTranslation("profile.sector.short"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> Formats.date(e.registeredAt())).setHeader(getTranslation("home.registered-at"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("enterprises/" + e.getItem().id())));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        refresh();
        add(filters, grid);
    }

    void refresh() {
        EnterpriseFilter filter = new EnterpriseFilter(search.getValue(),
                commune.getValue() == null ? null : commune.getValue().code(),
                sector.getValue() == null ? null : sector.getValue().code());
        grid.setItems(q -> enterprises.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) enterprises.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.enterprises") + " | " + getTranslation("app.name");
    }
}
