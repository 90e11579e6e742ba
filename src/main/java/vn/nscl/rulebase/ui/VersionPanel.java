package vn.nscl.rulebase.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import vn.nscl.rulebase.RuleProblem;
import vn.nscl.rulebase.RuleSetActivation;
import vn.nscl.rulebase.RuleSetSummary;
import vn.nscl.rulebase.RuleVersions;
import vn.nscl.rulebase.RulesDoNotBuildException;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.BoundedUpload;
import vn.nscl.shared.ui.CodeEditor;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.ReasonDialog;
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
    public final RuleProblemList problems = new RuleProblemList(this::jumpTo);
    /** The dry run's progress while it runs in the background. */
    public final TaskProgressPanel dryRunProgress;
    /** Holds the kind's dry-run view once run. */
    public final Div dryRun = new Div();
    private transient RuleScreen.DryRun lastDryRun;
    public CodeEditor editor;
    /** The form open instead of the editor, for a file the kind offers a form for (the matching numbers). */
    public RuleScreen.FileForm fileForm;
    /** The file open in the editor (path under rules/). */
    private String editorPath;
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
        List<RuleSetActivation> activated = service.activations(screen.kind(), version.id());
        if (!activated.isEmpty()) {
            UnorderedList list = new UnorderedList();
            activated.forEach(a -> list.add(new ListItem(getTranslation(
                    "rules.activation.line", Formats.dateTime(a.activatedAt()), a.activatedBy(), a.note()))));
            list.addClassName("rule-activations");
            add(new H3(getTranslation("rules.activations")), list);
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
                    version.draft() ? VaadinIcon.EDIT : VaadinIcon.EYE, () -> afterUnsavedWork(() -> open(path))));
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

    /** Opens a file: with its form when the kind has one for it, in the code editor otherwise. */
    public void open(String path) {
        Optional<RuleScreen.FileForm> form = screen.formFor(path);
        if (form.isPresent()) {
            try {
                openForm(path, form.get());
                return;
            } catch (UserFacingException unreadable) {
                FormProblems.notify(this, unreadable);
            }
        }
        openAsText(path);
    }

    /** Opens a file in the code editor (line numbers, problems marked). */
    public void openAsText(String path) {
        editorPath = path;
        fileForm = null;
        editor = new CodeEditor(path, CodeEditor.modeFor(path));
        editor.addClassName("rule-editor");
        editor.setWidthFull();
        editorBasedOn = service.file(screen.kind(), version.id(), path);
        editor.setValue(new String(editorBasedOn, StandardCharsets.UTF_8));
        editor.setReadOnly(!version.draft());
        markProblems();
        Runnable saveText = () -> save(path, editor.getValue().getBytes(StandardCharsets.UTF_8), editorBasedOn);
        if (version.draft()) {
            editor.onSaveShortcut(saveText);
        }
        showInEditorArea(path, editor, saveText, screen.formFor(path).isPresent() ? RuleVersionsScreen.button(
                getTranslation("rules.form.as-form"), VaadinIcon.FORM, () -> afterUnsavedWork(() -> open(path)))
                : null);
    }

    private void openForm(String path, RuleScreen.FileForm form) {
        byte[] content = service.file(screen.kind(), version.id(), path);
        String text = new String(content, StandardCharsets.UTF_8);
        Component view = form.show(text, version.draft());
        editorPath = path;
        editor = null;
        fileForm = form;
        editorBasedOn = content;
        showInEditorArea(path, view, () -> form.write(new String(editorBasedOn, StandardCharsets.UTF_8))
                .ifPresentOrElse(updated -> save(path, updated.getBytes(StandardCharsets.UTF_8), editorBasedOn),
                        () -> Notifications.error(getTranslation("rules.form.invalid"))),
                RuleVersionsScreen.button(getTranslation("rules.form.as-text"), VaadinIcon.CODE,
                        () -> afterUnsavedWork(() -> openAsText(path))));
    }

    private void showInEditorArea(String path, Component content, Runnable saveAction, Button switchView) {
        H4 title = new H4(path);
        title.addClassName("rule-editor-path");
        editorArea.removeAll();
        editorArea.add(title, content);
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (version.draft()) {
            saveButton = new Button(getTranslation("rules.save"), VaadinIcon.CHECK.create(), e -> saveAction.run());
            saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(saveButton);
        }
        if (switchView != null) {
            buttons.add(switchView);
        }
        buttons.add(RuleVersionsScreen.button(getTranslation("action.close"), VaadinIcon.CLOSE,
                () -> afterUnsavedWork(this::closeEditor)));
        editorArea.add(buttons);
    }

    /** The path of the file open in the editor, or null. */
    public String openFile() {
        return editor == null && fileForm == null ? null : editorPath;
    }

    /** Whether the file open has changes not saved yet (typed in the editor or the form). */
    public boolean hasUnsavedChanges() {
        if (!version.draft() || openFile() == null) {
            return false;
        }
        return editor != null ? !java.util.Arrays.equals(editor.getValue().getBytes(StandardCharsets.UTF_8),
                editorBasedOn) : fileForm.hasChanges(new String(editorBasedOn, StandardCharsets.UTF_8));
    }

    /**
     * Runs the action at once, or, when the file open has unsaved changes, after the officer agrees to drop them
     * (nothing typed is lost without being asked).
     */
    public void afterUnsavedWork(Runnable action) {
        if (!hasUnsavedChanges()) {
            action.run();
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("rules.unsaved.title"),
                getTranslation("rules.unsaved.text", openFile()), getTranslation("rules.unsaved.discard"),
                e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("rules.unsaved.stay"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void closeEditor() {
        editorArea.removeAll();
        editor = null;
        fileForm = null;
        editorPath = null;
    }

    /** Opens the problem's file (when it is not the one open) and puts the cursor on its line. */
    public void jumpTo(RuleProblem problem) {
        String path = problem.file().startsWith("rules/") ? problem.file().substring("rules/".length())
                : problem.file();
        if (editor == null || !path.equals(openFile())) {
            if (!version.files().contains(path) && !service.version(screen.kind(), version.id()).files()
                    .contains(path)) {
                return;
            }
            openAsText(path);
        }
        editor.goToLine(problem.line());
    }

    private void markProblems() {
        if (editor == null) {
            return;
        }
        editor.setProblems(problems.shown().stream().filter(p -> p.line() > 0 && p.file().equals("rules/" + editorPath))
                .map(p -> new CodeEditor.LineProblem(p.line(), p.message(getLocale()))).toList());
    }

    /** Saves a file of the draft, then builds the draft at once so the editor sees its mistakes straight away. */
    private void save(String path, byte[] content, byte[] basedOn) {
        try {
            service.saveFile(screen.kind(), version.id(), path, content, basedOn);
            if (path.equals(openFile())) {
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
        problems.show(found);
        markProblems();
        if (lastError != null) {
            lastError.close();
            lastError = null;
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

    /**
     * Asks for the activation note, saying what activating does: a draft is published, an earlier version replaces
     * the one in use; and warns when the version was not tried or the last dry run found it breaks expert cases.
     */
    private void confirmActivation() {
        int inUse = service.active(screen.kind()).version().number();
        String text = version.draft() ? getTranslation("rules.activate.text")
                : getTranslation("rules.reactivate.text", version.number(), inUse);
        if (lastDryRun == null || !lastDryRun.problems().isEmpty()) {
            text += " " + getTranslation("rules.activate.not-tried");
        } else if (lastDryRun.activationWarning() != null) {
            text += " " + lastDryRun.activationWarning();
        }
        new ReasonDialog(getTranslation(version.draft() ? "rules.activate.title" : "rules.reactivate.title",
                version.number()), text, getTranslation(version.draft() ? "rules.activate" : "rules.reactivate"),
                RuleSetActivation.NOTE_MAX_LENGTH, this::activate)
                .asking(getTranslation("rules.activate.note"), getTranslation("rules.activate.note.placeholder"),
                        getTranslation("rules.activate.note.help"))
                .open();
    }

    /** Activates with the note; problems that stop it are listed under the files as well as in the dialog. */
    void activate(String note) {
        try {
            service.activate(screen.kind(), version.id(), note);
        } catch (RulesDoNotBuildException refused) {
            showProblems(refused.problems());
            throw refused;
        }
        Notifications.success(getTranslation("rules.activated", version.number()));
        actions.changed(version.id());
    }

    private void confirmDelete(String path) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("rules.delete.title"),
                getTranslation("rules.delete.text", path), getTranslation("rules.delete"), e -> {
                    try {
                        service.deleteFile(screen.kind(), version.id(), path);
                        files.setItems(service.version(screen.kind(), version.id()).files());
                        if (path.equals(openFile())) {
                            closeEditor();
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
