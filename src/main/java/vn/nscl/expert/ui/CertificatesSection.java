package vn.nscl.expert.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.CatalogueItem;
import vn.nscl.expert.CertificateKind;
import vn.nscl.expert.CertificateView;
import vn.nscl.expert.ExpertProfile;
import vn.nscl.expert.ExpertProfileService;
import vn.nscl.files.FileStore;
import vn.nscl.files.ui.FileLinks;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.BoundedUpload;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.Choices;

/** The expert's certificates with the officer's verdict, and a form to add one with its scanned evidence. */
class CertificatesSection extends Div {

    final Select<CertificateKind> kind = new Select<>();
    final ComboBox<CatalogueItem> item = new ComboBox<>();
    final TextField number = new TextField();
    final TextField issuer = new TextField();
    final DatePicker expiresOn = new DatePicker();
    final Upload upload;
    final Button add = new Button();
    final Div list = new Div();
    private final transient ExpertProfileService profiles;
    private final transient Catalogue catalogue;
    private String evidenceName;
    private byte[] evidence;

    CertificatesSection(ExpertProfileService profiles, Catalogue catalogue, ExpertProfile profile, Runnable onChanged) {
        this.profiles = profiles;
        this.catalogue = catalogue;
        addClassName("certificates-section");
        list.addClassName("certificate-list");
        kind.setLabel(getTranslation("expert.certificate.kind"));
        kind.setItems(CertificateKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("expert.certificate.kind." + k.name()));
        kind.setValue(CertificateKind.PRODUCTIVITY_EXPERT);
        item.setLabel(getTranslation("expert.certificate.item"));
        item.setHelperText(getTranslation("expert.certificate.item.help"));
        Choices.offer(item, catalogue.items(), i -> i.name(getLocale()));
        number.setLabel(getTranslation("expert.certificate.number"));
        number.setMaxLength(ExpertProfileService.NUMBER_MAX_LENGTH);
        issuer.setLabel(getTranslation("expert.certificate.issuer"));
        issuer.setMaxLength(ExpertProfileService.ISSUER_MAX_LENGTH);
        expiresOn.setLabel(getTranslation("expert.certificate.expires"));
        expiresOn.setI18n(ComponentTexts.datePicker(this));
        upload = new Upload(BoundedUpload.of(FileStore.MAX_BYTES, (metadata, bytes) -> {
            evidenceName = metadata.fileName();
            evidence = bytes;
        }));
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FileStore.MAX_BYTES);
        upload.setI18n(ComponentTexts.upload(this));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addFileRemovedListener(e -> evidence = null);
        FormLayout form = new FormLayout(kind, item, number, issuer, expiresOn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Map<String, HasValidation> fields = Map.of("kind", kind, "item", item, "number", number, "issuer", issuer,
                "expiresOn", expiresOn);
        add.setText(getTranslation("expert.certificate.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            try {
                profiles.addCertificate(kind.getValue(), item.getValue() == null ? null : item.getValue().code(),
                        number.getValue(), issuer.getValue(), expiresOn.getValue(), evidenceName, evidence);
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, fields);
                problem.fieldProblems().stream().filter(p -> p.field().equals("evidence")).findFirst()
                        .ifPresent(p -> Notifications.error(getTranslation(p.messageKey())));
                return;
            }
            FormProblems.clear(fields);
            evidence = null;
            upload.clearFileList();
            number.clear();
            issuer.clear();
            expiresOn.clear();
            Notifications.success(getTranslation("expert.certificate.added"));
            onChanged.run();
        });
        Paragraph uploadLabel = new Paragraph(getTranslation("expert.certificate.evidence"));
        add(list, new H3(getTranslation("expert.certificate.new")), form, uploadLabel, upload, add);
        show(profile, onChanged);
    }

    void show(ExpertProfile profile, Runnable onChanged) {
        list.removeAll();
        if (profile.certificates().isEmpty()) {
            list.add(new Paragraph(getTranslation("expert.certificate.none")));
        }
        for (CertificateView certificate : profile.certificates()) {
            list.add(row(certificate, onChanged));
        }
    }

    private Div row(CertificateView c, Runnable onChanged) {
        String what = getTranslation("expert.certificate.kind." + c.kind().name())
                + (c.itemCode() == null ? "" : " · " + catalogue.itemName(c.itemCode(), getLocale()));
        Span status = badge(c);
        Div text = new Div(new Span(what), new Span(" — " + c.number() + ", " + c.issuer()
                + (c.expiresOn() == null ? "" : ", " + getTranslation("expert.certificate.valid-until",
                Formats.date(c.expiresOn())))));
        Div row = new Div(status, text);
        row.addClassName("certificate-row");
        if (c.reviewNote() != null) {
            row.add(new Paragraph(getTranslation("expert.review-note") + ": " + c.reviewNote()));
        }
        if (c.evidence() != null) {
            row.add(FileLinks.download(c.evidence().fileName(), () -> profiles.evidence(c.id())));
        }
        Button remove = new Button(getTranslation("action.remove"), VaadinIcon.TRASH.create(), e -> {
            profiles.removeCertificate(c.id());
            onChanged.run();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        row.add(remove);
        return row;
    }

    static Span badge(CertificateView c) {
        String key = c.expired() ? "expired" : c.status().name();
        Span badge = new Span();
        badge.setText(badge.getTranslation("expert.certificate.status." + key));
        badge.addClassNames("badge", "status-" + key.toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
