package vn.nscl.audit.ui;


import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import vn.nscl.audit.AuditEntry;
import vn.nscl.audit.AuditLog;
import vn.nscl.audit.AuditQuery;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.Formats;

/** Nhật ký hệ thống: the administrator searches who did what, when and from where. */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 91, icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    final TextField text = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntry> grid = new Grid<>();
    private final AuditLog audit;
    private final vn.nscl.audit.AuditLabels labels;

    /** The filter shown, read by the download (which runs outside the UI's lock). */
    private volatile AuditQuery shownQuery = AuditQuery.all();
    private volatile java.util.Locale shownLocale = java.util.Locale.forLanguageTag("vi");

    /** The entries the filter shows, as a workbook. */
    final com.vaadin.flow.component.html.Anchor export;

    AuditLogView(AuditLog audit, vn.nscl.audit.AuditExport exports, vn.nscl.audit.AuditLabels labels) {
        this.audit = audit;
        this.labels = labels;
        setSizeFull();
        text.setPlaceholder(getTranslation("audit.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        action.setPlaceholder(getTranslation("audit.action"));
        action.setClearButtonVisible(true);
        action.setItems(audit.actions());
        action.setItemLabelGenerator(this::actionName);
        from.setPlaceholder(getTranslation("audit.from"));
        to.setPlaceholder(getTranslation("audit.to"));
        from.setI18n(ComponentTexts.datePicker(this));
        to.setI18n(ComponentTexts.datePicker(this));
        text.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        export = new com.vaadin.flow.component.html.Anchor(com.vaadin.flow.server.streams.DownloadHandler
                .fromInputStream(event -> {
                    byte[] workbook = exports.xlsx(shownQuery, shownLocale);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(workbook), "nhat-ky.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.length);
                }), "");
        export.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(
                getTranslation("audit.export")));
        export.addClassName("download-link");
        export.setTitle(getTranslation("audit.export.help"));
        HorizontalLayout filters = new HorizontalLayout(text, action, from, to, export);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.time.local"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorEmail).setHeader(getTranslation("audit.actor")).setFlexGrow(2);
        grid.addColumn(e -> actionName(e.action())).setHeader(getTranslation("audit.action")).setFlexGrow(2)
                .setTooltipGenerator(AuditEntry::action);
        grid.addColumn(e -> labels.target(e, getLocale())).setHeader(getTranslation("audit.target"));
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        grid.addColumn(AuditEntry::ipAddress).setHeader(getTranslation("audit.ip")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        refresh();
        add(filters, grid);
    }

    private String actionName(String code) {
        return labels.action(code, getLocale());
    }

    void refresh() {
        AuditQuery query = currentQuery();
        shownQuery = query;
        shownLocale = getLocale();
        if (query.text() == null || query.text().isBlank()) {
            grid.setItems(q -> audit.search(query, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                    q -> (int) Math.min(Integer.MAX_VALUE, audit.count(query)));
        } else {
            // A text is looked for in every entry: counting them would read the whole log a second time, so the
            // grid grows as the administrator scrolls instead.
            grid.setItems(q -> audit.search(query, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        }
    }

    private AuditQuery currentQuery() {
        return new AuditQuery(text.getValue(), action.getValue(),
                Formats.startOf(from.getValue()),
                Formats.startOf(to.getValue() == null ? null : to.getValue().plusDays(1)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " | " + getTranslation("app.name");
    }
}
