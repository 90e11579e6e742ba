package vn.nscl.security.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.nscl.security.AccountService;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.LanguageSupport;

/** Quên mật khẩu: asks for the e-mail and mails a reset link if it has an account (the answer is the same anyway). */
@Route(value = "account/forgot", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends AccountLinkPage {

    final EmailField email = new EmailField();
    final Button send = new Button();
    private final transient AccountService accounts;

    ForgotPasswordView(AccountService accounts, LanguageSupport languages) {
        super(languages, "account.forgot.title");
        this.accounts = accounts;
        email.setLabel(getTranslation("account.email"));
        email.setMaxLength(AccountService.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.setMaxWidth("28rem");
        send.setText(getTranslation("account.forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
    }

    @Override
    protected List<Component> content() {
        return List.of(text("account.forgot.text"), email, send, link("login", "account.link.login"));
    }

    void send() {
        try {
            accounts.requestPasswordReset(email.getValue());
        } catch (UserFacingException problem) {
            FormProblems.show(this, problem, Map.of("email", email));
            return;
        }
        show(List.of(text("account.forgot.sent", email.getValue().strip()), link("login", "account.link.login")));
    }
}
