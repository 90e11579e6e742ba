package vn.nscl.security.ui;

import java.util.EnumSet;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.security.AccountService;
import vn.nscl.security.NewAccount;
import vn.nscl.security.Role;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormDialog;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;

/**
 * The administrator opens an account for a DOST officer, a partner agency or another administrator. Nobody types a
 * password for someone else: the person gets a mailed link to set their own.
 */
class CreateAccountDialog extends FormDialog {

    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final TextField phone = new TextField();
    final TextField organisation = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Button save = new Button();

    CreateAccountDialog(AccountService accounts, Runnable onCreated) {
        setHeaderTitle(getTranslation("accounts.create"));
        email.setLabel(getTranslation("account.email"));
        email.setMaxLength(AccountService.EMAIL_MAX_LENGTH);
        displayName.setLabel(getTranslation("account.display-name"));
        displayName.setMaxLength(AccountService.NAME_MAX_LENGTH);
        phone.setLabel(getTranslation("account.phone"));
        phone.setMaxLength(AccountService.PHONE_MAX_LENGTH);
        organisation.setLabel(getTranslation("account.organisation"));
        organisation.setHelperText(getTranslation("accounts.organisation.help"));
        organisation.setMaxLength(AccountService.ORGANISATION_MAX_LENGTH);
        roles.setLabel(getTranslation("account.roles"));
        roles.setItems(Role.OFFICER, Role.PARTNER, Role.ADMIN, Role.ENTERPRISE, Role.EXPERT);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        roles.setValue(EnumSet.of(Role.OFFICER));
        FormLayout form = new FormLayout(email, displayName, phone, organisation, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(roles, 2);
        add(form, new Paragraph(getTranslation("accounts.invitation.help")));

        Map<String, HasValidation> fields = Map.of("email", email, "displayName", displayName, "phone", phone,
                "organisation", organisation, "roles", roles);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                accounts.invite(new NewAccount(email.getValue(), null, displayName.getValue(), phone.getValue(),
                        organisation.getValue(), UI.getCurrent().getLocale()), roles.getValue());
            } catch (UserFacingException problem) {
                FormProblems.show(this, problem, fields);
                return;
            }
            Notifications.success(getTranslation("accounts.invited", email.getValue()));
            onCreated.run();
            close();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
