package vn.nscl.enterprise.ui;

import java.util.Map;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.enterprise.EnterpriseCode;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.enterprise.PaperEnterprise;
import vn.nscl.enterprise.PaperEnterprises;
import vn.nscl.reference.CommuneRef;
import vn.nscl.reference.ReferenceData;
import vn.nscl.reference.Sector;
import vn.nscl.reference.ui.CommuneChoices;
import vn.nscl.security.AccountService;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Choices;
import vn.nscl.shared.ui.FormDialog;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.LeaveChecks;

/**
 * "Thêm đơn vị từ phiếu giấy": the officer copies the enterprise part of a paper form. The e-mail may stay empty
 * (many households have none); the owner can be invited later from the enterprise's page.
 */
class PaperEnterpriseDialog extends FormDialog {

    final TextField name = new TextField();
    final TextField enterpriseCode = new TextField();
    final RadioButtonGroup<EnterpriseType> type = new RadioButtonGroup<>();
    final ComboBox<CommuneRef> commune = new ComboBox<>();
    final ComboBox<Sector> sector = new ComboBox<>();
    final Checkbox foodProducer = new Checkbox();
    final TextField contactPerson = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final Button save = new Button();

    PaperEnterpriseDialog(PaperEnterprises paper, ReferenceData reference, LongConsumer entered) {
        setHeaderTitle(getTranslation("paper.enterprise.title"));
        name.setLabel(getTranslation("enterprise.name"));
        name.setMaxLength(EnterpriseService.NAME_MAX_LENGTH);
        enterpriseCode.setLabel(getTranslation("enterprise.code"));
        enterpriseCode.setHelperText(getTranslation("enterprise.code.help"));
        enterpriseCode.setMaxLength(EnterpriseCode.MAX_LENGTH + 4);
        enterpriseCode.setAllowedCharPattern("[0-9 \\-]");
        type.setLabel(getTranslation("enterprise.type"));
        type.setItems(EnterpriseType.values());
        type.setItemLabelGenerator(t -> getTranslation("enterprise.type." + t.name()));
        type.setValue(EnterpriseType.HOUSEHOLD);
        commune.setLabel(getTranslation("enterprise.commune.short"));
        CommuneChoices.offer(commune, reference);
        sector.setLabel(getTranslation("profile.sector"));
        Choices.offer(sector, reference.sectors(), s -> s.code() + " · " + s.name(getLocale()));
        foodProducer.setLabel(getTranslation("paper.enterprise.food"));
        contactPerson.setLabel(getTranslation("enterprise.contact-person"));
        contactPerson.setMaxLength(EnterpriseService.CONTACT_MAX_LENGTH);
        phone.setLabel(getTranslation("account.phone"));
        phone.setMaxLength(AccountService.PHONE_MAX_LENGTH);
        email.setLabel(getTranslation("paper.enterprise.email"));
        email.setHelperText(getTranslation("paper.enterprise.email.help"));
        email.setMaxLength(AccountService.EMAIL_MAX_LENGTH);
        new LeaveChecks(this).required(name)
                .checked(enterpriseCode, typed -> EnterpriseCode.problem(EnterpriseCode.normalise(typed),
                        type.getValue() == null ? EnterpriseType.ENTERPRISE : type.getValue()))
                .required(commune).required(sector).required(contactPerson).phone(phone);
        FormLayout form = new FormLayout(name, enterpriseCode, type, commune, sector, foodProducer, contactPerson,
                phone, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(name, 2);
        form.setColspan(type, 2);
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("name", name, "enterpriseCode",
                enterpriseCode, "type", type, "commune", commune, "sector", sector, "contactPerson", contactPerson,
                "phone", phone, "email", email);
        save.setText(getTranslation("paper.enterprise.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            long id;
            try {
                id = paper.register(new PaperEnterprise(name.getValue(), enterpriseCode.getValue(), type.getValue(),
                        commune.getValue() == null ? null : commune.getValue().code(),
                        sector.getValue() == null ? null : sector.getValue().code(), foodProducer.getValue(),
                        contactPerson.getValue(), phone.getValue(), email.getValue()));
            } catch (UserFacingException problem) {
                FormProblems.show(form, problem, fields);
                return;
            }
            close();
            entered.accept(id);
        });
        add(new Paragraph(getTranslation("paper.enterprise.intro")), form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(720px, 100vw)");
    }
}
