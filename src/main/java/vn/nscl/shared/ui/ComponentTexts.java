package vn.nscl.shared.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.upload.UploadI18N;

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

    /** The Upload component's texts: buttons, drop hint, size units and its error messages. */
    public static UploadI18N upload(Component c) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("upload.add-one"))
                .setMany(c.getTranslation("upload.add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("upload.drop-one"))
                .setMany(c.getTranslation("upload.drop-many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("upload.too-many"))
                .setFileIsTooBig(c.getTranslation("upload.too-big"))
                .setIncorrectFileType(c.getTranslation("upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("upload.connecting"))
                        .setStalled(c.getTranslation("upload.stalled"))
                        .setProcessing(c.getTranslation("upload.processing"))
                        .setHeld(c.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("upload.remaining")).setUnknown(c.getTranslation("upload.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("upload.server-unavailable"))
                        .setUnexpectedServerError(c.getTranslation("upload.server-error"))
                        .setForbidden(c.getTranslation("upload.forbidden"))
                        .setFileTooLarge(c.getTranslation("upload.too-big"))));
        i18n.setFile(new UploadI18N.File().setRetry(c.getTranslation("upload.retry"))
                .setStart(c.getTranslation("upload.start")).setRemove(c.getTranslation("upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        return i18n;
    }
}
