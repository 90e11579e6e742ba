package vn.nscl.recommendation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.recommendation.AdviceCaseService;
import vn.nscl.recommendation.RuleSetService;
import vn.nscl.recommendation.RuleSetSummary;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;

/**
 * Quy tắc khuyến nghị: officers and administrators see which rule set is active, every version kept, and work on a
 * draft: edit or upload files, validate, dry-run over all submitted assessments, activate, or re-activate an earlier
 * version. Nothing changes for enterprises until a version that builds cleanly is activated.
 */
@Route("rules")
@Menu(title = "nav.rules", order = 40, icon = "vaadin:sitemap")
@RolesAllowed({"OFFICER", "ADMIN"})
public class RuleSetView extends VerticalLayout implements HasDynamicTitle {

    private final transient RuleSetService service;
    private final transient Catalogue catalogue;
    final Paragraph activeInfo = new Paragraph();
    final Grid<RuleSetSummary> versions = new Grid<>();
    final Div versionArea = new Div();
    final CaseListPanel cases;
    VersionPanel panel;

    RuleSetView(RuleSetService service, AdviceCaseService caseService, Catalogue catalogue) {
        this.service = service;
        this.catalogue = catalogue;
        this.cases = new CaseListPanel(caseService);
        addClassName("rules-view");
        activeInfo.addClassName("rules-active");
        add(new H1(getTranslation("nav.rules")), howItWorks(), activeInfo);
        versions.addColumn(v -> getTranslation("rules.version.number", v.number())).setHeader(getTranslation(
                "rules.version")).setAutoWidth(true).setFlexGrow(0);
        versions.addComponentColumn(this::statusBadge).setHeader(getTranslation("rules.status")).setAutoWidth(true)
                .setFlexGrow(0);
        versions.addColumn(v -> v.ruleCount() == null ? "" : String.valueOf(v.ruleCount()))
                .setHeader(getTranslation("rules.rule-count")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(RuleSetSummary::note).setHeader(getTranslation("rules.note")).setFlexGrow(3);
        versions.addColumn(v -> v.createdBy() + " · " + Formats.dateTime(v.createdAt()))
                .setHeader(getTranslation("rules.created")).setFlexGrow(2);
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        versions.setAllRowsVisible(true);
        versions.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
            }
        });
        versionArea.setWidthFull();
        add(new H2(getTranslation("rules.versions")), versions, versionArea, cases);
        refresh(null);
    }

    private Div howItWorks() {
        OrderedList steps = new OrderedList();
        for (String step : List.of("draft", "edit", "validate", "dry-run", "activate")) {
            steps.add(new ListItem(getTranslation("rules.how." + step)));
        }
        steps.addClassName("steps");
        return new Div(new Paragraph(getTranslation("rules.intro")), steps);
    }

    private Span statusBadge(RuleSetSummary version) {
        String key = version.active() ? "active" : version.draft() ? "draft" : "published";
        Span badge = new Span(getTranslation("rules.status." + key));
        badge.addClassNames("badge", "rule-status-" + key);
        return badge;
    }

    /** Reloads the list and shows the given version (or the newest draft, or the active one). */
    void refresh(Long selectId) {
        RuleSetService.ActiveInfo active = service.active();
        activeInfo.setText(getTranslation("rules.active", active.version().number(), active.version().ruleCount(),
                active.activatedBy(), Formats.dateTime(active.activatedAt())));
        List<RuleSetSummary> all = service.versions();
        versions.setItems(all);
        long id = selectId != null ? selectId : all.stream().filter(RuleSetSummary::draft).findFirst()
                .orElse(active.version()).id();
        all.stream().filter(v -> v.id() == id).findFirst().ifPresent(versions::select);
    }

    private void show(RuleSetSummary version) {
        panel = new VersionPanel(service, catalogue, version, new VersionPanel.Actions() {
            @Override
            public void createDraft() {
                askForDraft(version);
            }

            @Override
            public void changed(long id) {
                refresh(id);
            }
        });
        versionArea.removeAll();
        versionArea.add(panel);
    }

    private void askForDraft(RuleSetSummary from) {
        TextField note = new TextField(getTranslation("rules.note"));
        note.setPlaceholder(getTranslation("rules.note.placeholder"));
        note.setMaxLength(500);
        note.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("rules.draft.title", from.number()));
        dialog.add(new Paragraph(getTranslation("rules.draft.text")), note);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("rules.draft.create"));
        dialog.addConfirmListener(e -> {
            try {
                long draft = service.createDraft(from.id(), note.getValue());
                Notifications.success(getTranslation("rules.draft.created"));
                refresh(draft);
            } catch (UserFacingException problem) {
                FormProblems.notify(this, problem);
            }
        });
        dialog.open();
    }

    /** A tertiary button with an icon, as used across the rules screen. */
    static Button button(String text, VaadinIcon icon, Runnable action) {
        Button button = new Button(text, icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.rules") + " | " + getTranslation("app.name");
    }
}
