package vn.nscl.security.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.nscl.security.EmailChangeService;
import vn.nscl.security.PasswordPolicy;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.Notifications;

/** Đổi e-mail đăng nhập: the current password and the new address; the change waits for the mailed link. */
@Route("account/email")
@PermitAll
public class ChangeEmailView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph currentEmail = new Paragraph();
    private final EmailChangeService emails;

    ChangeEmailView(EmailChangeService emails) {
        this.emails = emails;
        addClassName("form-page");
        currentEmail.setText(getTranslation("account.email-change.current", emails.currentEmail()));
        email.setLabel(getTranslation("account.email-change.new"));
        current.setLabel(getTranslation("account.email-change.password"));
        current.setMaxLength(PasswordPolicy.MAX_LENGTH);
        send.setText(getTranslation("account.email-change.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        FormLayout form = new FormLayout(email, current);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(currentEmail, new Paragraph(getTranslation("account.email-change.help")), form, send);
    }

    private void send() {
        Map<String, HasValidation> fields = Map.of("email", email, "current", current);
        FormProblems.clear(fields);
        String address = email.getValue();
        try {
            emails.requestChange(current.getValue(), address);
        } catch (UserFacingException problem) {
            FormProblems.show(this, problem, fields);
            return;
        }
        current.clear();
        email.clear();
        Notifications.success(getTranslation("account.email-change.sent", address));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.email-change.title") + " | " + getTranslation("app.name");
    }
}
