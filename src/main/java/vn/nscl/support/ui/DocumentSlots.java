package vn.nscl.support.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;

import vn.nscl.files.FileStore;
import vn.nscl.files.ui.FileLinks;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.BoundedUpload;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.support.ApplicationDetail;
import vn.nscl.support.ApplicationDetail.AttachmentRef;
import vn.nscl.support.ApplicationService;

/**
 * The application's documents, one slot per document the call requires ("Thuyết minh dự án", "Báo giá"), each saying
 * whether it is there, with its files and its own upload; then a slot for other documents. The enterprise sees at a
 * glance what is still missing instead of one upload for everything.
 */
class DocumentSlots extends Div {

    /** Uploads by document, the other documents' under the empty name (tests use them). */
    final Map<String, Upload> uploads = new LinkedHashMap<>();
    private final ApplicationService applications;
    private final long applicationId;
    private final LongSupplier version;
    private final Runnable reload;

    DocumentSlots(ApplicationService applications, long applicationId, LongSupplier version, Runnable reload) {
        this.applications = applications;
        this.applicationId = applicationId;
        this.version = version;
        this.reload = reload;
        addClassName("document-slots");
    }

    void show(ApplicationDetail detail) {
        removeAll();
        uploads.clear();
        List<String> required = detail.call() == null ? List.of() : detail.call().documents();
        for (String document : required) {
            List<AttachmentRef> files = detail.attachments().stream()
                    .filter(a -> document.equals(a.document())).toList();
            add(slot(document, document, files, true));
        }
        List<AttachmentRef> others = new ArrayList<>(detail.attachments().stream()
                .filter(a -> a.document() == null || !required.contains(a.document())).toList());
        add(slot(null, getTranslation("application.documents.other"), others, false));
    }

    private Div slot(String document, String title, List<AttachmentRef> files, boolean required) {
        Span name = new Span(title);
        name.addClassName("document-name");
        Div slot = new Div();
        slot.addClassName("document-slot");
        if (required) {
            boolean present = !files.isEmpty();
            Icon state = (present ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.EXCLAMATION_CIRCLE_O).create();
            state.addClassName(present ? "step-done" : "step-missing");
            state.getElement().setAttribute("aria-hidden", "true");
            Span said = new Span(getTranslation(present ? "application.documents.present"
                    : "application.documents.missing"));
            said.addClassName(present ? "document-present" : "document-missing");
            slot.add(new Div(state, name, said));
        } else {
            slot.add(new Div(name));
        }
        files.forEach(file -> slot.add(fileRow(file)));
        Upload upload = upload(document);
        uploads.put(document == null ? "" : document, upload);
        slot.add(upload);
        return slot;
    }

    private Div fileRow(AttachmentRef file) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            if (Attempts.run(this, () -> applications.detach(applicationId, version.getAsLong(), file.id()),
                    "application.detached")) {
                reload.run();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("action.remove") + " " + file.file().fileName());
        Div row = new Div(FileLinks.download(file.file().fileName(),
                () -> applications.file(applicationId, file.file().id())), remove);
        row.addClassName("certificate-row");
        return row;
    }

    private Upload upload(String document) {
        Upload upload = new Upload(BoundedUpload.of(FileStore.MAX_BYTES, (metadata, bytes) -> {
            if (Attempts.run(this, () -> applications.attach(applicationId, version.getAsLong(), document,
                    metadata.fileName(), bytes), "application.attached")) {
                reload.run();
            }
        }));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".xlsx", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(FileStore.MAX_BYTES);
        upload.setI18n(ComponentTexts.upload(this));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        return upload;
    }
}
