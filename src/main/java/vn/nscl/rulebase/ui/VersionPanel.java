package vn.nscl.rulebase.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.nscl.rulebase.RuleProblem;
import vn.nscl.rulebase.RuleSetSummary;
import vn.nscl.rulebase.RuleVersions;
import vn.nscl.rulebase.RulesDoNotBuildException;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.BoundedUpload;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskStatus;
import vn.nscl.tasks.ui.TaskProgressPanel;

/**
 * One version of some kind of rules on its screen: its files (edit, upload, delete while it is a draft), and the
 * checks before activation: validation with file and line, the kind's dry run, then activation after confirmation.
 * Fields are visible to the browserless tests of each kind's screen.
 */
public class VersionPanel extends Div {

    /** What the panel asks of the screen around it. */
    interface Actions {
        void createDraft();

        void changed(long versionId);
    }

    private static final int MAX_UPLOAD_BYTES = 700_000;

    private final transient RuleVersions service;
    private final transient RuleScreen screen;
    private final transient Actions actions;
    public final RuleSetSummary version;
    public final Grid<String> files = new Grid<>();
    public Button validateButton;
    public Button draftButton;
    public Button activateButton;
    public Button dryRunButton;
    public Button saveButton;
    public Upload upload;
    public final Div editorArea = new Div();
    public final Div problems = new Div();
    /** The dry run's progress while it runs in the background. */
    public final TaskProgressPanel dryRunProgress;
    /** Holds the kind's dry-run view once run. */
    public final Div dryRun = new Div();
    private transient RuleScreen.DryRun lastDryRun;
    public TextArea editor;
    /** The file's content when the editor opened it: a save is refused if someone else saved meanwhile. */
    private byte[] editorBasedOn;
    // Errors stay until closed; once fixed, the stale one must not linger.
    private com.vaadin.flow.component.notification.Notification lastError;

    VersionPanel(RuleVersions service, RuleScreen screen, BackgroundTasks tasks, RuleSetSummary version,
            Actions actions) {
        this.service = service;
        this.screen = screen;
        this.dryRunProgress = new TaskProgressPanel(tasks, this::showDryRun);
        this.version = version;
        this.actions = actions;
        dryRun.addClassName("dry-run-area");
        addClassName("version-panel");
        setWidthFull();
        String status = getTranslation("rules.status." + (version.active() ? "active"
                : version.draft() ? "draft" : "published"));
        add(new H2(getTranslation("rules.version.number", version.number()) + " · " + status));
        if (!version.note().isBlank()) {
            add(new Paragraph(version.note()));
        }
        add(actionBar());
        files.addColumn(path -> path).setHeader(getTranslation("rules.file")).setFlexGrow(3);
        files.addComponentColumn(this::fileActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        files.setItems(version.files());
        files.setAllRowsVisible(true);
        files.addThemeVariants(GridVariant.LUMO_COMPACT);
        add(new H3(getTranslation("rules.files")), files);
        if (version.draft()) {
            add(uploadAndNewFile());
        }
        problems.addClassName("rule-problems");
        editorArea.setWidthFull();
        add(editorArea, problems, dryRunProgress, dryRun);
        // Back on the screen: the dry run started earlier is followed again (or its result shown) where it stands.
        screen.lastDryRun(version.id()).ifPresent(dryRunProgress::follow);
    }

    private HorizontalLayout actionBar() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        if (version.draft()) {
            validateButton = RuleVersionsScreen.button(getTranslation("rules.validate"), VaadinIcon.CHECK, this::validate);
            bar.add(validateButton);
        } else {
            draftButton = RuleVersionsScreen.button(getTranslation("rules.draft.from"), VaadinIcon.COPY, actions::createDraft);
            bar.add(draftButton);
        }
        dryRunButton = RuleVersionsScreen.button(getTranslation("rules.dry-run"), VaadinIcon.FLASK, this::runDry);
        bar.add(dryRunButton);
        if (!version.active()) {
            activateButton = new Button(getTranslation(version.draft() ? "rules.activate" : "rules.reactivate"),
                    VaadinIcon.PLAY.create(), e -> confirmActivation());
            activateButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            // Four eyes: the service refuses it too; here the author is told why before trying.
            activateButton.setEnabled(!version.writtenBySignedIn());
            bar.add(activateButton);
            if (version.writtenBySignedIn()) {
                Span fourEyes = new Span(getTranslation("rules.four-eyes.note"));
                fourEyes.addClassName("four-eyes-note");
                bar.add(fourEyes);
            }
        }
        bar.add(download(getTranslation("rules.export"), "nscl-quy-tac-v" + version.number() + ".zip",
                "application/zip", () -> service.export(screen.kind(), version.id())));
        return bar;
    }

    private HorizontalLayout fileActions(String path) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(false);
        if (!path.endsWith(".xlsx")) {
            cell.add(RuleVersionsScreen.button(getTranslation(version.draft() ? "rules.edit" : "rules.view"),
                    version.draft() ? VaadinIcon.EDIT : VaadinIcon.EYE, () -> open(path)));
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        cell.add(download(getTranslation("rules.download"), name, path.endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/plain",
                () -> service.file(screen.kind(), version.id(), path)));
        if (version.draft()) {
            cell.add(RuleVersionsScreen.button(getTranslation("rules.delete"), VaadinIcon.TRASH, () -> confirmDelete(path)));
        }
        return cell;
    }

    private Div uploadAndNewFile() {
        upload = new Upload(BoundedUpload.of(MAX_UPLOAD_BYTES, (metadata, bytes) -> save(screen.kind() + "/"
                + metadata.fileName(), bytes, null)));
        upload.setAcceptedFileTypes(service.fileEndings(screen.kind()).stream()
                .map(ending -> ending.substring(ending.lastIndexOf('.'))).distinct().toArray(String[]::new));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setI18n(ComponentTexts.upload(this));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        TextField name = new TextField(getTranslation("rules.new-file"));
        name.setPlaceholder("ten-tep.drl");
        name.setHelperText(getTranslation("rules.new-file.help"));
        Button create = RuleVersionsScreen.button(getTranslation("rules.new-file.create"), VaadinIcon.PLUS, () -> {
            String file = name.getValue().strip();
            String path = screen.kind() + "/" + (file.contains(".") ? file : file + ".drl");
            save(path, screen.newFile(path).getBytes(StandardCharsets.UTF_8), null);
        });
        HorizontalLayout newFile = new HorizontalLayout(name, create);
        newFile.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        newFile.setWrap(true);
        Div box = new Div(new H3(getTranslation("rules.upload")), new Paragraph(getTranslation("rules.upload.help")),
                upload, newFile);
        box.addClassName("rule-upload");
        return box;
    }

    public void open(String path) {
        editor = new TextArea(path);
        editor.addClassName("rule-editor");
        editor.setWidthFull();
        editor.setMaxHeight("36rem");
        editorBasedOn = service.file(screen.kind(), version.id(), path);
        editor.setValue(new String(editorBasedOn, StandardCharsets.UTF_8));
        editor.setReadOnly(!version.draft());
        editorArea.removeAll();
        editorArea.add(editor);
        if (version.draft()) {
            saveButton = new Button(getTranslation("rules.save"), VaadinIcon.CHECK.create(),
                    e -> save(path, editor.getValue().getBytes(StandardCharsets.UTF_8), editorBasedOn));
            saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            editorArea.add(new HorizontalLayout(saveButton, RuleVersionsScreen.button(getTranslation("action.close"),
                    VaadinIcon.CLOSE, editorArea::removeAll)));
        }
        editor.focus();
    }

    /** Saves a file of the draft, then builds the draft at once so the editor sees its mistakes straight away. */
    private void save(String path, byte[] content, byte[] basedOn) {
        try {
            service.saveFile(screen.kind(), version.id(), path, content, basedOn);
            if (editor != null && editor.getLabel().equals(path)) {
                editorBasedOn = content;
            }
            files.setItems(service.version(screen.kind(), version.id()).files());
            dryRun.removeAll();
            lastDryRun = null;
            List<RuleProblem> found = service.validate(screen.kind(), version.id());
            showProblems(found);
            if (found.isEmpty()) {
                Notifications.success(getTranslation("rules.saved", path));
            } else {
                lastError = Notifications.error(getTranslation("rules.saved-with-errors", path, found.size()));
            }
        } catch (UserFacingException problem) {
            FormProblems.notify(this, problem);
        }
    }

    void validate() {
        List<RuleProblem> found = service.validate(screen.kind(), version.id());
        showProblems(found);
        if (found.isEmpty()) {
            Notifications.success(getTranslation("rules.valid"));
        } else {
            lastError = Notifications.error(getTranslation("rules.error.does-not-build", found.size()));
        }
    }

    private void showProblems(List<RuleProblem> found) {
        problems.removeAll();
        if (lastError != null) {
            lastError.close();
            lastError = null;
        }
        if (found.isEmpty()) {
            return;
        }
        problems.add(new H3(getTranslation("rules.problems", found.size())));
        for (RuleProblem problem : found) {
            Paragraph line = new Paragraph(new Span(problem.file() + (problem.line() > 0
                    ? ", " + getTranslation("rules.line", problem.line()) : "")), new Span(": " + problem.message()));
            line.addClassName("rule-problem");
            problems.add(line);
        }
    }

    void runDry() {
        try {
            TaskStatus started = screen.startDryRun(version.id());
            dryRun.removeAll();
            lastDryRun = null;
            dryRunProgress.follow(started);
        } catch (UserFacingException busy) {
            FormProblems.notify(this, busy);
        }
    }

    private void showDryRun(TaskStatus finished) {
        RuleScreen.DryRun report = screen.dryRunResult(finished);
        lastDryRun = report;
        showProblems(report.problems());
        dryRun.removeAll();
        dryRun.add(report.view());
    }

    private void confirmActivation() {
        String text = getTranslation("rules.activate.text");
        if (lastDryRun == null || !lastDryRun.problems().isEmpty()) {
            text += " " + getTranslation("rules.activate.not-tried");
        } else if (lastDryRun.activationWarning() != null) {
            text += " " + lastDryRun.activationWarning();
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("rules.activate.title", version.number()), text,
                getTranslation("rules.activate"), e -> activate());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    void activate() {
        try {
            service.activate(screen.kind(), version.id());
            Notifications.success(getTranslation("rules.activated", version.number()));
            actions.changed(version.id());
        } catch (RulesDoNotBuildException refused) {
            showProblems(refused.problems());
            FormProblems.notify(this, refused);
        } catch (UserFacingException problem) {
            FormProblems.notify(this, problem);
        }
    }

    private void confirmDelete(String path) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("rules.delete.title"),
                getTranslation("rules.delete.text", path), getTranslation("rules.delete"), e -> {
                    try {
                        service.deleteFile(screen.kind(), version.id(), path);
                        files.setItems(service.version(screen.kind(), version.id()).files());
                        if (editor != null && editor.getLabel().equals(path)) {
                            editorArea.removeAll();
                        }
                    } catch (UserFacingException problem) {
                        FormProblems.notify(this, problem);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static Anchor download(String text, String fileName, String type,
            java.util.function.Supplier<byte[]> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(text));
        link.addClassName("rule-download");
        return link;
    }
}
