package vn.nscl.security.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import vn.nscl.security.AccountService;
import vn.nscl.security.PasswordPolicy;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.shared.ui.RegistrationChecks;

/** Đổi mật khẩu: any signed-in user changes their own password, proving they know the current one. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordAgain = new PasswordField();
    final Checkbox keepThisSession = new Checkbox();
    final Button save = new Button();
    private final AccountService accounts;
    private final AuthenticationContext authentication;

    ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        addClassName("form-page");
        current.setLabel(getTranslation("password.current"));
        current.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        passwordAgain.setLabel(getTranslation("account.password-again"));
        passwordAgain.setMaxLength(PasswordPolicy.MAX_LENGTH);
        keepThisSession.setLabel(getTranslation("password.keep-session"));
        keepThisSession.setValue(true);
        save.setText(getTranslation("password.change"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        FormLayout form = new FormLayout(current, password, passwordAgain, keepThisSession);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(form, save);
    }

    private void submit() {
        Map<String, PasswordField> fields = Map.of("current", current, "password", password,
                "passwordAgain", passwordAgain);
        FormProblems.clear(fields);
        if (!RegistrationChecks.passwordsMatch(password, passwordAgain)) {
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), password.getValue(), keepThisSession.getValue());
        } catch (UserFacingException problem) {
            FormProblems.show(this, problem, fields);
            return;
        }
        current.clear();
        password.clear();
        passwordAgain.clear();
        Notifications.success(getTranslation("password.changed"));
        if (!keepThisSession.getValue()) {
            authentication.logout();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.change-password") + " | " + getTranslation("app.name");
    }
}
