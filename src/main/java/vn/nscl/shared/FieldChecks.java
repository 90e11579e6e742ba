package vn.nscl.shared;

import java.util.List;

import vn.nscl.shared.UserFacingException.FieldProblem;

/** Checks shared by the services that validate forms; each adds a problem naming the field. */
public final class FieldChecks {

    private FieldChecks() {
    }

    /**
     * A cleaned text: present when required, not longer than {@code max} characters, and without characters that
     * show nothing or reorder the text (zero-width, bidi controls).
     */
    public static void text(String field, String value, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "error.required"));
            }
        } else if (value.codePointCount(0, value.length()) > max) {
            problems.add(new FieldProblem(field, "error.too-long", max));
        } else if (TextRules.hasInvisible(value)) {
            problems.add(new FieldProblem(field, "error.invisible-characters"));
        }
    }

    /** A one-line text that must be given (a reason): cleaned, or refused with its field's problem. */
    public static String required(String field, String raw, int max) {
        String text = TextRules.singleLine(raw);
        if (text.isEmpty() || text.codePointCount(0, text.length()) > max) {
            throw UserFacingException.ofFields(List.of(new FieldProblem(field, "error.reason-required", max)));
        }
        return visible(field, text);
    }

    /** A one-line text that may be empty (conditions, a comment): cleaned, or refused with its field's problem. */
    public static String optional(String field, String raw, int max) {
        String text = TextRules.singleLine(raw);
        if (text.codePointCount(0, text.length()) > max) {
            throw UserFacingException.ofFields(List.of(new FieldProblem(field, "error.too-long", max)));
        }
        return visible(field, text);
    }

    private static String visible(String field, String text) {
        if (TextRules.hasInvisible(text)) {
            throw UserFacingException.ofFields(List.of(new FieldProblem(field, "error.invisible-characters")));
        }
        return text;
    }

    /**
     * Refuses characters that show nothing or reorder the text in any of the given fields, named in pairs:
     * {@code noInvisible(problems, "title", title, "place", place)}. Empty or absent values pass.
     */
    public static void noInvisible(List<FieldProblem> problems, String... fieldsAndValues) {
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            String field = fieldsAndValues[i];
            if (TextRules.hasInvisible(fieldsAndValues[i + 1])
                    && problems.stream().noneMatch(p -> p.field().equals(field))) {
                problems.add(new FieldProblem(field, "error.invisible-characters"));
            }
        }
    }
}
