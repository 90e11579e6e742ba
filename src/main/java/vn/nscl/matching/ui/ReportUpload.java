package vn.nscl.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

import vn.nscl.files.FileStore;
import vn.nscl.matching.ExpertInboxService;
import vn.nscl.shared.ui.BoundedUpload;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.Confirmations;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.Numbers;

/**
 * The expert's final report: picking a file only holds it; the report goes to the enterprise when the expert says
 * so ("Gửi báo cáo cuối", after a confirmation), and can be replaced until the enterprise confirms the work.
 */
class ReportUpload extends Div {

    final Upload upload;
    final Paragraph picked = new Paragraph();
    final Button send = new Button();
    final Button another = new Button();
    private String fileName;
    private byte[] content;

    ReportUpload(RequestView view, ExpertInboxService inbox, long requestId, boolean replacing) {
        addClassName("report-upload");
        upload = new Upload(BoundedUpload.of(FileStore.MAX_BYTES, (metadata, bytes) -> hold(metadata.fileName(),
                bytes)));
        upload.setAcceptedFileTypes(".pdf", ".docx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FileStore.MAX_BYTES);
        upload.setI18n(ComponentTexts.upload(view));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        send.setText(getTranslation(replacing ? "inbox.report.replace" : "inbox.report.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> Confirmations.dialog(view, replacing ? "inbox.report.replace" : "inbox.report.send",
                "inbox.report.send.text", () -> view.act(() -> inbox.uploadReport(requestId, fileName, content),
                        replacing ? "inbox.report.replaced" : "inbox.report.uploaded")).open());
        another.setText(getTranslation("inbox.report.another"));
        another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        another.addClickListener(e -> clear());
        add(new H2(getTranslation(replacing ? "inbox.report.replace-title" : "inbox.report")),
                new Paragraph(getTranslation(replacing ? "inbox.report.replace-help" : "inbox.report.help")), upload,
                picked, new Div(send, another));
        clear();
    }

    private void hold(String name, byte[] bytes) {
        fileName = name;
        content = bytes;
        picked.setText(getTranslation("inbox.report.picked", name,
                Numbers.plain(bytes.length / 1024.0, getLocale()) + " KB"));
        picked.setVisible(true);
        send.setEnabled(true);
        another.setVisible(true);
    }

    private void clear() {
        fileName = null;
        content = null;
        upload.clearFileList();
        picked.setVisible(false);
        send.setEnabled(false);
        another.setVisible(false);
    }
}
