package vn.nscl.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a registration ends with, whatever happened behind it (a new account, an address that already had one, a code
 * that another account holds): confirm the address from the mail we sent. Saying more would tell a stranger who is
 * registered.
 */
public class CheckYourMail extends Div {

    public CheckYourMail(String email) {
        addClassName("check-your-mail");
        add(new H1(getTranslation("register.check-mail.title")),
                new Paragraph(getTranslation("register.check-mail.text", email)),
                new Paragraph(getTranslation("register.check-mail.spam")),
                new Paragraph(new Anchor("login", getTranslation("register.check-mail.login"))));
    }
}
