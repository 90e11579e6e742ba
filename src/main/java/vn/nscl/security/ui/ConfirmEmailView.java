package vn.nscl.security.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.nscl.security.AccountService;
import vn.nscl.shared.ui.LanguageSupport;

/** Xác nhận e-mail: the link from the registration mail; after it the account can sign in. */
@Route(value = "account/confirm", autoLayout = false)
@AnonymousAllowed
public class ConfirmEmailView extends AccountLinkPage {

    final Button confirm = new Button();
    private final transient AccountService accounts;

    ConfirmEmailView(AccountService accounts, LanguageSupport languages) {
        super(languages, "account.confirm.title");
        this.accounts = accounts;
        confirm.setText(getTranslation("account.confirm.button"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
    }

    @Override
    protected List<Component> content() {
        return List.of(text("account.confirm.text"), confirm);
    }

    void confirm() {
        if (accounts.confirmEmail(token)) {
            show(List.of(text("account.confirm.done"), link("login", "account.link.login")));
        } else {
            show(List.of(text("account.link.invalid"), link("login", "account.link.login")));
        }
    }
}
