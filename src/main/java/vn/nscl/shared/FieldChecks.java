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
}
