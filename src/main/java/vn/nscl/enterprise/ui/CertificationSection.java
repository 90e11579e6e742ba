package vn.nscl.enterprise.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.CatalogueItem;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.ProfileDetails;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.ComponentTexts;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Choices;

/** Certificates already held (ISO 9001, VietGAP…), with number and expiry; expired ones are marked. */
class CertificationSection extends Div {

    final Grid<ProfileDetails.Certification> held = new Grid<>();
    final ComboBox<CatalogueItem> item = new ComboBox<>();
    final TextField number = new TextField();
    final TextField issuedBy = new TextField();
    final DatePicker expiresOn = new DatePicker();
    final Button add = new Button();
    private long enterpriseId;

    CertificationSection(EnterpriseProfileService profiles, Catalogue catalogue, EnterpriseProfile profile,
            Runnable onChanged) {
        held.addColumn(c -> catalogue.itemName(c.catalogueCode(), getLocale()))
                .setHeader(getTranslation("certification.standard")).setFlexGrow(3);
        held.addColumn(ProfileDetails.Certification::certificateNumber).setHeader(getTranslation("certification.number"));
        held.addColumn(c -> Formats.date(c.expiresOn()))
                .setHeader(getTranslation("certification.expires"));
        held.addColumn(c -> getTranslation(c.expired() ? "certification.expired" : "certification.valid"))
                .setHeader(getTranslation("account.status"));
        held.addComponentColumn(c -> {
            Button remove = new Button(getTranslation("action.remove"), e -> {
                profiles.removeCertification(enterpriseId, c.id());
                onChanged.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        held.addThemeVariants(GridVariant.LUMO_COMPACT);
        held.setAllRowsVisible(true);

        item.setLabel(getTranslation("certification.standard"));
        Choices.offer(item, catalogue.certifiable(), i -> i.name(getLocale()));
        number.setLabel(getTranslation("certification.number"));
        number.setMaxLength(EnterpriseProfileService.CERTIFICATE_NUMBER_MAX_LENGTH);
        issuedBy.setLabel(getTranslation("certification.issued-by"));
        issuedBy.setMaxLength(EnterpriseProfileService.ISSUER_MAX_LENGTH);
        expiresOn.setLabel(getTranslation("certification.expires"));
        expiresOn.setI18n(ComponentTexts.datePicker(this));
        add.setText(getTranslation("action.add"));
        Map<String, HasValidation> fields = Map.of("certificationItem", item, "certificateNumber", number,
                "issuedBy", issuedBy);
        add.addClickListener(e -> {
            try {
                profiles.addCertification(enterpriseId, item.getValue() == null ? null : item.getValue().code(),
                        number.getValue(), issuedBy.getValue(), expiresOn.getValue());
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, fields);
                return;
            }
            FormProblems.clear(fields);
            item.clear();
            number.clear();
            issuedBy.clear();
            expiresOn.clear();
            onChanged.run();
        });
        HorizontalLayout line = new HorizontalLayout(item, number, issuedBy, expiresOn, add);
        line.setWrap(true);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(held, line);
        show(profile);
    }

    void show(EnterpriseProfile profile) {
        enterpriseId = profile.enterprise().id();
        held.setItems(profile.details().certifications());
        held.setVisible(!profile.details().certifications().isEmpty());
    }
}
