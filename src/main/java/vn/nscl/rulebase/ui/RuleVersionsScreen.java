package vn.nscl.rulebase.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;

import vn.nscl.rulebase.RuleSetSummary;
import vn.nscl.rulebase.RuleVersions;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;

/**
 * The versions of one kind of rules, as every rules screen shows them: which one is active, every version kept, and
 * the chosen one's {@link VersionPanel} (draft from it, edit, check, dry run, activate). Fields are visible to the
 * browserless tests of each kind's screen.
 */
public class RuleVersionsScreen extends Div implements BeforeLeaveObserver {

    private final transient RuleVersions service;
    private final transient RuleScreen screen;
    private final transient BackgroundTasks tasks;
    public final Paragraph activeInfo = new Paragraph();
    public final Grid<RuleSetSummary> versions = new Grid<>();
    public final Div versionArea = new Div();
    public VersionPanel panel;
    private boolean keepingSelection;
    public final VersionComparison comparison;

    public RuleVersionsScreen(RuleVersions service, RuleScreen screen, BackgroundTasks tasks) {
        this.tasks = tasks;
        this.service = service;
        this.screen = screen;
        setWidthFull();
        activeInfo.addClassName("rules-active");
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
            if (e.getValue() == null || keepingSelection) {
                return;
            }
            if (panel == null || !panel.hasUnsavedChanges() || e.getValue().id() == panel.version.id()) {
                show(e.getValue());
                return;
            }
            // Unsaved changes: the list stays on the open version until the officer agrees to drop them.
            RuleSetSummary wanted = e.getValue();
            select(e.getOldValue());
            panel.afterUnsavedWork(() -> {
                select(wanted);
                show(wanted);
            });
        });
        versionArea.setWidthFull();
        comparison = new VersionComparison(service, screen.kind());
        add(activeInfo, new H2(getTranslation("rules.versions")), versions, versionArea, comparison);
        refresh(null);
    }

    private Span statusBadge(RuleSetSummary version) {
        String key = version.active() ? "active" : version.draft() ? "draft" : "published";
        Span badge = new Span(getTranslation("rules.status." + key));
        badge.addClassNames("badge", "rule-status-" + key);
        return badge;
    }

    /** Reloads the list and shows the given version (or the newest draft, or the active one). */
    public void refresh(Long selectId) {
        RuleVersions.ActiveInfo active = service.active(screen.kind());
        activeInfo.setText(getTranslation("rules.active", active.version().number(), active.version().ruleCount(),
                active.activatedBy(), Formats.dateTime(active.activatedAt()))
                + (active.note().isBlank() ? "" : " " + getTranslation("rules.active.note", active.note())));
        List<RuleSetSummary> all = service.versions(screen.kind());
        versions.setItems(all);
        comparison.setVersions(all);
        long id = selectId != null ? selectId : all.stream().filter(RuleSetSummary::draft).findFirst()
                .orElse(active.version()).id();
        all.stream().filter(v -> v.id() == id).findFirst().ifPresent(versions::select);
    }

    /** Selects a row without showing it again (the panel shown stays as it is). */
    private void select(RuleSetSummary version) {
        keepingSelection = true;
        try {
            versions.select(version);
        } finally {
            keepingSelection = false;
        }
    }

    /** Leaving the screen with a file changed and not saved asks first (the text typed is not lost silently). */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (panel == null || !panel.hasUnsavedChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        panel.afterUnsavedWork(leave::proceed);
    }

    private void show(RuleSetSummary version) {
        panel = new VersionPanel(service, screen, tasks, version, new VersionPanel.Actions() {
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
        comparison.pairWith(version);
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
                long draft = service.createDraft(screen.kind(), from.id(), note.getValue());
                Notifications.success(getTranslation("rules.draft.created"));
                refresh(draft);
            } catch (UserFacingException problem) {
                FormProblems.notify(this, problem);
            }
        });
        dialog.open();
    }

    /** A tertiary button with an icon, as used across the rules screens. */
    static Button button(String text, VaadinIcon icon, Runnable action) {
        Button button = new Button(text, icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
