package vn.nscl.expert.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.nscl.expert.ExpertRegistration;
import vn.nscl.expert.ExpertService;
import vn.nscl.security.AccountService;
import vn.nscl.security.PasswordPolicy;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.CheckYourMail;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.LanguageSupport;
import vn.nscl.shared.ui.LeaveChecks;
import vn.nscl.shared.ui.PublicPageHeader;
import vn.nscl.shared.ui.RegistrationChecks;

/** Đăng ký chuyên gia: an expert opens an account; DOST verifies the profile before any matching. */
@Route(value = "register/expert", autoLayout = false)
@AnonymousAllowed
public class ExpertRegistrationView extends VerticalLayout implements HasDynamicTitle {

    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextField organisation = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordAgain = new PasswordField();
    final Checkbox consent = new Checkbox();
    final Button register = new Button();

    private final ExpertService experts;
    private final LanguageSupport languages;
    private final Map<String, HasValidation> fieldsByName;

    ExpertRegistrationView(ExpertService experts, LanguageSupport languages) {
        this.experts = experts;
        this.languages = languages;
        this.fieldsByName = Map.of("fullName", fullName, "email", email, "phone", phone, "organisation", organisation,
                "password", password, "passwordAgain", passwordAgain);
        addClassName("public-page");
        addClassName("form-page");

        fullName.setLabel(getTranslation("expert.full-name"));
        fullName.setMaxLength(ExpertService.NAME_MAX_LENGTH);
        fullName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("account.email"));
        email.setMaxLength(AccountService.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        phone.setLabel(getTranslation("account.phone"));
        phone.setMaxLength(AccountService.PHONE_MAX_LENGTH);
        phone.setRequiredIndicatorVisible(true);
        organisation.setLabel(getTranslation("expert.organisation"));
        organisation.setHelperText(getTranslation("expert.organisation.help"));
        organisation.setMaxLength(ExpertService.ORGANISATION_MAX_LENGTH);
        password.setLabel(getTranslation("account.password"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequiredIndicatorVisible(true);
        passwordAgain.setLabel(getTranslation("account.password-again"));
        passwordAgain.setMaxLength(PasswordPolicy.MAX_LENGTH);
        consent.setLabel(getTranslation("register.expert.consent"));
        new LeaveChecks(this).required(fullName).email(email).phone(phone).required(password);

        FormLayout form = new FormLayout(fullName, organisation, email, phone, password, passwordAgain, consent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(consent, 2);

        register.setText(getTranslation("register.submit"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(event -> submit());

        add(new PublicPageHeader(languages), new H1(getTranslation("register.expert.title")),
                new Paragraph(getTranslation("register.expert.intro")), form, register,
                new Paragraph(new Anchor("login", getTranslation("register.have-account"))));
    }

    private void submit() {
        FormProblems.clear(fieldsByName);
        if (!RegistrationChecks.passwordsMatchAndConsentGiven(password, passwordAgain, consent)) {
            return;
        }
        try {
            experts.register(new ExpertRegistration(fullName.getValue(), email.getValue(), phone.getValue(),
                    organisation.getValue(), password.getValue(), UI.getCurrent().getLocale()));
        } catch (UserFacingException problem) {
            FormProblems.show(this, problem, fieldsByName);
            return;
        }
        String address = email.getValue().strip();
        removeAll();
        add(new PublicPageHeader(languages), new CheckYourMail(address));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.expert.title") + " | " + getTranslation("app.name");
    }
}
