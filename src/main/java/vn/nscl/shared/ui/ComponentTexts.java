package vn.nscl.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.login.LoginI18n;

/** Translations for the texts built into Vaadin components, which do not read our translation files themselves. */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    public static LoginI18n login(Component c) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(c.getTranslation("login.title"));
        form.setUsername(c.getTranslation("login.email"));
        form.setPassword(c.getTranslation("login.password"));
        form.setSubmit(c.getTranslation("login.submit"));
        form.setForgotPassword(c.getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(c.getTranslation("login.error.title"));
        error.setMessage(c.getTranslation("login.error.message"));
        error.setUsername(c.getTranslation("login.error.email-required"));
        error.setPassword(c.getTranslation("login.error.password-required"));
        return i18n;
    }

    /** The translation of {@code key}, or {@code fallback} when there is none (e.g. a code newer than the texts). */
    public static String translateOr(Component c, String key, String fallback) {
        String text = c.getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }

    /** Month and day names, first day of the week and the day-first date format of the user's language. */
    public static DatePickerI18n datePicker(Component c) {
        DatePickerI18n i18n = new DatePickerI18n();
        i18n.setMonthNames(List.of(c.getTranslation("date.months").split(",")));
        i18n.setWeekdays(List.of(c.getTranslation("date.weekdays").split(",")));
        i18n.setWeekdaysShort(List.of(c.getTranslation("date.weekdays-short").split(",")));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(c.getTranslation("date.today"));
        i18n.setCancel(c.getTranslation("action.cancel"));
        i18n.setDateFormat("dd/MM/yyyy");
        return i18n;
    }

    /** The error box of the login form with a specific title and message (wrong password, locked, disabled). */
    public static LoginI18n login(Component c, String titleKey, String messageKey, Object... args) {
        LoginI18n i18n = login(c);
        i18n.getErrorMessage().setTitle(c.getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(c.getTranslation(messageKey, args));
        return i18n;
    }
}
