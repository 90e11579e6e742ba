package vn.nscl.recommendation.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.nscl.recommendation.AdviceCaseService;
import vn.nscl.recommendation.AdviceCaseService.CaseSummary;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;

/**
 * The expert test cases every dry run checks: the ones shipped in {@code rules/cases/} and the ones officers saved
 * from results pages; a saved case can be downloaded (to add it to the shipped ones) or removed.
 */
class CaseListPanel extends Details {

    private final transient AdviceCaseService service;
    final Grid<CaseSummary> grid = new Grid<>();

    CaseListPanel(AdviceCaseService service) {
        this.service = service;
        addClassName("case-list");
        grid.addColumn(CaseSummary::title).setHeader(getTranslation("rules.cases.case")).setFlexGrow(4);
        grid.addColumn(this::source).setHeader(getTranslation("rules.cases.source")).setFlexGrow(2);
        grid.addColumn(CaseSummary::runs).setHeader(getTranslation("rules.cases.runs")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("28rem");
        Div content = new Div(new Paragraph(getTranslation("rules.cases.help")), grid);
        add(content);
        refresh();
    }

    void refresh() {
        List<CaseSummary> all = service.cases();
        setSummaryText(getTranslation("rules.cases.list", all.size(), all.stream().filter(CaseSummary::saved).count()));
        grid.setItems(query -> all.stream().skip(query.getOffset()).limit(query.getLimit()));
    }

    private String source(CaseSummary summary) {
        return summary.saved() ? getTranslation("rules.cases.saved-by", summary.savedBy(),
                Formats.dateTime(summary.savedAt())) : getTranslation("rules.cases.shipped");
    }

    private HorizontalLayout actions(CaseSummary summary) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!summary.saved()) {
            return actions;
        }
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.export(summary.savedId()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), summary.key() + ".yaml",
                    "application/yaml", bytes.length);
        }), getTranslation("rules.cases.download"));
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(summary));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("rules.cases.delete"));
        delete.addClassName("delete-case");
        actions.add(download, delete);
        return actions;
    }

    private void confirmDelete(CaseSummary summary) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("rules.cases.delete"),
                getTranslation("rules.cases.delete.text", summary.title()), getTranslation("rules.cases.delete"),
                e -> {
                    try {
                        service.delete(summary.savedId());
                        Notifications.success(getTranslation("rules.cases.deleted"));
                        refresh();
                    } catch (UserFacingException problem) {
                        Notifications.error(getTranslation(problem.messageKey(), problem.args()));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }
}
