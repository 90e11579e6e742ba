package vn.nscl.security.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.nscl.security.AccountService;
import vn.nscl.security.PasswordPolicy;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.LanguageSupport;
import vn.nscl.shared.ui.RegistrationChecks;

/** Đặt lại mật khẩu: the link from the reset mail (valid one hour, once) and the new password, typed twice. */
@Route(value = "account/reset", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends AccountLinkPage {

    final PasswordField password = new PasswordField();
    final PasswordField passwordAgain = new PasswordField();
    final Button save = new Button();
    private final transient AccountService accounts;

    ResetPasswordView(AccountService accounts, LanguageSupport languages) {
        super(languages, "account.reset.title");
        this.accounts = accounts;
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        passwordAgain.setLabel(getTranslation("account.password-again"));
        passwordAgain.setMaxLength(PasswordPolicy.MAX_LENGTH);
        save.setText(getTranslation("account.reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    protected List<Component> content() {
        if (!accounts.resetLinkValid(token)) {
            return List.of(text("account.link.invalid"), link("account/forgot", "account.reset.again"));
        }
        FormLayout form = new FormLayout(password, passwordAgain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        return List.of(text("account.reset.text"), form, save);
    }

    void save() {
        Map<String, PasswordField> fields = Map.of("password", password, "passwordAgain", passwordAgain);
        FormProblems.clear(fields);
        if (!RegistrationChecks.passwordsMatch(password, passwordAgain)) {
            return;
        }
        try {
            accounts.resetPassword(token, password.getValue());
        } catch (UserFacingException problem) {
            if (problem.fieldProblems().isEmpty()) {
                show(List.of(text("account.link.invalid"), link("account/forgot", "account.reset.again")));
            } else {
                FormProblems.show(this, problem, fields);
            }
            return;
        }
        show(List.of(text("account.reset.done"), link("login", "account.link.login")));
    }
}
