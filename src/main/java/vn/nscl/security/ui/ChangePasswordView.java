package vn.nscl.security.ui;

import java.io.ByteArrayInputStream;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import vn.nscl.security.AccountService;
import vn.nscl.security.PasswordPolicy;
import vn.nscl.security.PersonalDataService;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Attempts;
import vn.nscl.shared.ui.Confirmations;
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
    final Button eraseRequest = new Button();
    final Button save = new Button();
    private final AccountService accounts;
    private final PersonalDataService personalData;
    private final AuthenticationContext authentication;

    ChangePasswordView(AccountService accounts, PersonalDataService personalData,
            AuthenticationContext authentication) {
        this.accounts = accounts;
        this.personalData = personalData;
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
        add(form, save, personalDataSection());
    }

    /** Dữ liệu cá nhân: everything the platform holds about me, as a file; and asking for it to be erased. */
    private Div personalDataSection() {
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = personalData.exportMine();
            return new DownloadResponse(new ByteArrayInputStream(json), "du-lieu-ca-nhan.json", "application/json",
                    json.length);
        }), getTranslation("privacy.download"));
        download.getElement().setAttribute("download", true);
        Div section = new Div(new H2(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.text")),
                download);
        if (SignedIn.hasRole("ENTERPRISE")) {
            eraseRequest.setText(getTranslation("privacy.request"));
            eraseRequest.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            eraseRequest.addClickListener(e -> Confirmations.dialog(this, "privacy.request.title",
                    "privacy.request.text", () -> Attempts.run(this, personalData::requestErasure,
                            "privacy.requested")).open());
            section.add(new Paragraph(eraseRequest));
        }
        section.addClassName("personal-data");
        return section;
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
