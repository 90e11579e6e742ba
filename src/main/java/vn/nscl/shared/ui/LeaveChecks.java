package vn.nscl.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.BindingBuilder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;

import vn.nscl.shared.EmailAddresses;
import vn.nscl.shared.PhoneNumbers;
import vn.nscl.shared.TextRules;

/**
 * A form's fields checked as the user leaves each one (text fields report a change on leaving), with Vaadin's
 * Binder and no bean: the form still sends what was typed to its service, which checks everything again and answers
 * with all problems at once (FormProblems). These checks only tell earlier, in the same words as the service.
 */
public final class LeaveChecks {

    private final Binder<Object> binder = new Binder<>();
    private final com.vaadin.flow.component.Component form;

    public LeaveChecks(com.vaadin.flow.component.Component form) {
        this.form = form;
    }

    /** Must be filled in. */
    public <V> LeaveChecks required(HasValue<?, V> field) {
        bind(binder.forField(field).asRequired(form.getTranslation("error.required")));
        return this;
    }

    /** Must be filled in and satisfy the rule. */
    public <V> LeaveChecks required(HasValue<?, V> field, SerializablePredicate<V> rule, String messageKey,
            Object... args) {
        bind(binder.forField(field).asRequired(form.getTranslation("error.required"))
                .withValidator(rule, form.getTranslation(messageKey, args)));
        return this;
    }

    /** May stay empty; when given, must satisfy the rule. */
    public LeaveChecks optional(HasValue<?, String> field, SerializablePredicate<String> rule, String messageKey,
            Object... args) {
        bind(binder.forField(field).withValidator(value -> value == null || value.isBlank() || rule.test(value),
                form.getTranslation(messageKey, args)));
        return this;
    }

    /** Checked by the service's own rule, which names what is wrong (a translation key), or nothing. */
    public <V> LeaveChecks checked(HasValue<?, V> field, SerializableFunction<V, Optional<String>> problem) {
        bind(binder.forField(field).withValidator((value, context) -> problem.apply(value)
                .map(key -> ValidationResult.error(form.getTranslation(key))).orElseGet(ValidationResult::ok)));
        return this;
    }

    /** A required Vietnamese phone number (mobile or landline, spaces and dots allowed). */
    public LeaveChecks phone(HasValue<?, String> field) {
        return required(field, value -> PhoneNumbers.valid(TextRules.phone(value)), "account.error.phone-invalid");
    }

    /** A required e-mail address, as the account service accepts it. */
    public LeaveChecks email(HasValue<?, String> field) {
        if (field instanceof EmailField emailField) {
            // The field's own check of the address comes first in the binder: it must speak the same words.
            emailField.setI18n(new EmailField.EmailFieldI18n()
                    .setPatternErrorMessage(form.getTranslation("account.error.email-invalid"))
                    .setRequiredErrorMessage(form.getTranslation("error.required")));
        }
        return required(field, value -> EmailAddresses.valid(TextRules.email(value)), "account.error.email-invalid");
    }

    /** Checks every field now (before sending), marking each one that is wrong; true when all pass. */
    public boolean allValid() {
        return binder.validate().isOk();
    }

    private <V> void bind(BindingBuilder<Object, V> builder) {
        // No bean: the getter and setter are never called; the binding exists for its checks.
        builder.bind(bean -> null, (bean, value) -> {
        });
    }
}
