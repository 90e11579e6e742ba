package vn.nscl.enterprise.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import vn.nscl.enterprise.EnterpriseCode;
import vn.nscl.enterprise.EnterpriseRegistration;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.reference.CommuneRef;
import vn.nscl.reference.ReferenceData;
import vn.nscl.security.AccountService;
import vn.nscl.security.PasswordPolicy;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.CheckYourMail;
import vn.nscl.shared.ui.FormProblems;
import vn.nscl.shared.ui.LanguageSupport;
import vn.nscl.shared.ui.LeaveChecks;
import vn.nscl.shared.ui.PublicPageHeader;
import vn.nscl.shared.ui.RegistrationChecks;
import vn.nscl.reference.ui.CommuneChoices;

/** Đăng ký doanh nghiệp: an enterprise, cooperative or household business opens its account. */
@Route(value = "register/enterprise", autoLayout = false)
@AnonymousAllowed
public class EnterpriseRegistrationView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final TextField enterpriseCode = new TextField();
    final RadioButtonGroup<EnterpriseType> type = new RadioButtonGroup<>();
    final ComboBox<CommuneRef> commune = new ComboBox<>();
    final TextField contactPerson = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField passwordAgain = new PasswordField();
    final Checkbox consent = new Checkbox();
    final Button register = new Button();

    private final EnterpriseService enterprises;
    private final LanguageSupport languages;
    private final Map<String, HasValidation> fieldsByName;

    EnterpriseRegistrationView(EnterpriseService enterprises, ReferenceData reference, LanguageSupport languages) {
        this.enterprises = enterprises;
        this.languages = languages;
        this.fieldsByName = Map.of("name", name, "enterpriseCode", enterpriseCode, "type", type, "commune", commune,
                "contactPerson", contactPerson, "email", email, "phone", phone, "password", password,
                "passwordAgain", passwordAgain);
        addClassName("public-page");
        addClassName("form-page");

        configureFields(reference);
        FormLayout form = new FormLayout(name, enterpriseCode, type, commune, contactPerson, email, phone, password,
                passwordAgain, consent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(name, 2);
        form.setColspan(type, 2);
        form.setColspan(consent, 2);

        register.setText(getTranslation("register.submit"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(event -> submit());

        add(new PublicPageHeader(languages), new H1(getTranslation("register.enterprise.title")),
                new Paragraph(getTranslation("register.enterprise.intro")), form, register,
                new Paragraph(new Anchor("login", getTranslation("register.have-account"))));
    }

    private void configureFields(ReferenceData reference) {
        name.setLabel(getTranslation("enterprise.name"));
        name.setMaxLength(EnterpriseService.NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        enterpriseCode.setLabel(getTranslation("enterprise.code"));
        enterpriseCode.setHelperText(getTranslation("enterprise.code.help"));
        enterpriseCode.setMaxLength(EnterpriseCode.MAX_LENGTH + 4);
        enterpriseCode.setRequiredIndicatorVisible(true);
        enterpriseCode.setAllowedCharPattern("[0-9 \\-]");
        type.setLabel(getTranslation("enterprise.type"));
        type.setItems(EnterpriseType.values());
        type.setItemLabelGenerator(t -> getTranslation("enterprise.type." + t.name()));
        type.setValue(EnterpriseType.ENTERPRISE);
        type.setRequiredIndicatorVisible(true);
        commune.setLabel(getTranslation("enterprise.commune", reference.servedProvince().name()));
        CommuneChoices.offer(commune, reference);
        commune.setHelperText(getTranslation("enterprise.commune.help"));
        commune.setRequiredIndicatorVisible(true);
        contactPerson.setLabel(getTranslation("enterprise.contact-person"));
        contactPerson.setMaxLength(EnterpriseService.CONTACT_MAX_LENGTH);
        contactPerson.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("account.email"));
        email.setMaxLength(AccountService.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        phone.setLabel(getTranslation("account.phone"));
        phone.setMaxLength(AccountService.PHONE_MAX_LENGTH);
        phone.setRequiredIndicatorVisible(true);
        password.setLabel(getTranslation("account.password"));
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequiredIndicatorVisible(true);
        passwordAgain.setLabel(getTranslation("account.password-again"));
        passwordAgain.setMaxLength(PasswordPolicy.MAX_LENGTH);
        consent.setLabel(getTranslation("register.consent"));
        new LeaveChecks(this).required(name)
                .checked(enterpriseCode, typed -> EnterpriseCode.problem(EnterpriseCode.normalise(typed),
                        type.getValue() == null ? EnterpriseType.ENTERPRISE : type.getValue()))
                .required(type).required(commune).required(contactPerson).email(email).phone(phone).required(password);
    }

    private void submit() {
        FormProblems.clear(fieldsByName);
        if (!RegistrationChecks.passwordsMatchAndConsentGiven(password, passwordAgain, consent)) {
            return;
        }
        try {
            enterprises.register(new EnterpriseRegistration(name.getValue(), enterpriseCode.getValue(),
                    type.getValue(), commune.getValue() == null ? null : commune.getValue().code(),
                    contactPerson.getValue(), email.getValue(), phone.getValue(), password.getValue(),
                    UI.getCurrent().getLocale()));
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
        return getTranslation("register.enterprise.title") + " | " + getTranslation("app.name");
    }
}
