package vn.nscl.security.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.nscl.security.AccountService;
import vn.nscl.shared.ui.LanguageSupport;

/** Mở khóa tài khoản: the link mailed to the owner when too many wrong passwords locked the account. */
@Route(value = "account/unlock", autoLayout = false)
@AnonymousAllowed
public class UnlockAccountView extends AccountLinkPage {

    final Button unlock = new Button();
    private final transient AccountService accounts;

    UnlockAccountView(AccountService accounts, LanguageSupport languages) {
        super(languages, "account.unlock.title");
        this.accounts = accounts;
        unlock.setText(getTranslation("account.unlock.button"));
        unlock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        unlock.addClickListener(e -> unlock());
    }

    @Override
    protected List<Component> content() {
        return List.of(text("account.unlock.text"), unlock);
    }

    void unlock() {
        if (accounts.unlockByLink(token)) {
            show(List.of(text("account.unlock.done"), link("login", "account.link.login"),
                    link("account/forgot", "account.unlock.change-password")));
        } else {
            show(List.of(text("account.link.invalid"), link("login", "account.link.login")));
        }
    }
}
