package vn.nscl.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * How free text typed by users is cleaned before it is checked and stored. Text is stored as typed (never
 * HTML-escaped here: the views show it as text), but normalised to Unicode NFC so that "Quảng Trị" typed on a
 * phone and on a desktop compare equal, trimmed, and with runs of whitespace collapsed.
 */
public final class TextRules {

    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern WHITESPACE_RUNS = Pattern.compile("[\\s\\u00A0]+");

    private TextRules() {
    }

    /** A one-line value (a name, a title): NFC, control characters removed, whitespace collapsed, trimmed. */
    public static String singleLine(String value) {
        if (value == null) {
            return "";
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC);
        normalised = CONTROL_CHARACTERS.matcher(normalised).replaceAll("");
        return WHITESPACE_RUNS.matcher(normalised).replaceAll(" ").strip();
    }

    /** An e-mail address: trimmed and lower-cased, because people type the same address in different cases. */
    public static String email(String value) {
        return singleLine(value).toLowerCase(java.util.Locale.ROOT);
    }

    /** A phone number: spaces, dots, dashes and brackets removed, so "0233 3 852 123" is stored as typed digits. */
    public static String phone(String value) {
        return code(value).replaceAll("[.\\-()]", "");
    }

    /**
     * A SQL LIKE pattern for what was typed in a search box: one line, lower-cased, the user's own wildcards removed;
     * null when nothing is left, meaning "no filter".
     */
    public static String searchPattern(String typed) {
        String cleaned = singleLine(typed).toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "");
        return cleaned.isEmpty() ? null : "%" + cleaned + "%";
    }

    /** A code made of digits and separators: all whitespace removed. */
    public static String code(String value) {
        return value == null ? "" : value.replaceAll("[\\s\\u00A0]", "");
    }
}
