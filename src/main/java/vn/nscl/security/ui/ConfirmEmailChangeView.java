package vn.nscl.security.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.nscl.security.EmailChangeService;
import vn.nscl.shared.ui.LanguageSupport;

/** The link mailed to a new address: pressing the button moves the account there. */
@Route(value = "account/email/confirm", autoLayout = false)
@AnonymousAllowed
public class ConfirmEmailChangeView extends AccountLinkPage {

    final Button confirm = new Button();
    private final transient EmailChangeService emails;

    ConfirmEmailChangeView(EmailChangeService emails, LanguageSupport languages) {
        super(languages, "account.email-change.confirm.title");
        this.emails = emails;
        confirm.setText(getTranslation("account.email-change.confirm.button"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirm());
    }

    @Override
    protected List<Component> content() {
        return List.of(text("account.email-change.confirm.text"), confirm);
    }

    void confirm() {
        if (emails.confirmChange(token)) {
            show(List.of(text("account.email-change.confirm.done"), link("login", "account.link.login")));
        } else {
            show(List.of(text("account.link.invalid"), link("login", "account.link.login")));
        }
    }
}
