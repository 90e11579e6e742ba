package vn.nscl.shared;

import java.util.List;

/**
 * An expected failure that the user can act on: bad input, a duplicate, a record changed meanwhile, a missing
 * permission. It carries translation keys, never text, so the view shows it in the user's language; field errors
 * name the form field they belong to. Nothing has been saved when it is thrown.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;

    public UserFacingException(String messageKey, Object... args) {
        this(messageKey, List.of(), args);
    }

    public UserFacingException(String messageKey, List<FieldProblem> fieldProblems, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static UserFacingException ofFields(List<FieldProblem> problems) {
        return new UserFacingException("error.form.invalid", problems);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** A problem with one input field: the field's name in the form and a translation key with arguments. */
    public record FieldProblem(String field, String messageKey, List<Object> args) {

        public FieldProblem(String field, String messageKey, Object... args) {
            this(field, messageKey, List.of(args));
        }

        public Object[] argArray() {
            return args.toArray();
        }
    }
}
