package vn.nscl.shared.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.PasswordField;

/** The checks a registration form makes before it calls the service: both passwords equal, consent given. */
public final class RegistrationChecks {

    private RegistrationChecks() {
    }

    public static boolean passwordsMatch(PasswordField password, PasswordField again) {
        if (!password.getValue().equals(again.getValue())) {
            again.setErrorMessage(again.getTranslation("password.error.mismatch"));
            again.setInvalid(true);
            return false;
        }
        return true;
    }

    public static boolean passwordsMatchAndConsentGiven(PasswordField password, PasswordField again,
            Checkbox consent) {
        if (!passwordsMatch(password, again)) {
            return false;
        }
        if (!consent.getValue()) {
            consent.setErrorMessage(consent.getTranslation("register.consent.required"));
            consent.setInvalid(true);
            return false;
        }
        consent.setInvalid(false);
        return true;
    }
}
