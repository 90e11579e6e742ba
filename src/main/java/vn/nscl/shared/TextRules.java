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
    /**
     * Characters that show nothing or reorder what is shown: zero-width spaces and joiners, bidi overrides and
     * isolates, soft hyphens, fillers. In a name they only serve to deceive (a look-alike that evades search, text
     * that reads backwards), so they are refused, not silently removed.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\u115F\\u1160\\u3164\\uFFA0\\u2800\\u034F]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
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

    /** A text of several lines (a description, a note): NFC, control characters other than line breaks removed. */
    public static String multiLine(String value) {
        if (value == null) {
            return "";
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC).replace("\r\n", "\n");
        return CONTROL_CHARACTERS.matcher(normalised).replaceAll("").strip();
    }

    /** Whether the text holds characters that show nothing or reorder the text around them. */
    public static boolean hasInvisible(String value) {
        return value != null && INVISIBLE.matcher(value).find();
    }

    /** "Quảng Trị" → "quang tri": lower case without accents, for comparing what people type without diacritics. */
    public static String withoutDiacritics(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
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

    /**
     * A SQL LIKE pattern for matching text stored {@link #withoutDiacritics without diacritics}: what was typed,
     * folded the same way, so "cam lo", "Cam Lộ" and "CAM LỘ" find the same rows; null when nothing is left.
     */
    public static String foldedSearchPattern(String typed) {
        String cleaned = withoutDiacritics(singleLine(typed)).replace("%", "").replace("_", "");
        return cleaned.isEmpty() ? null : "%" + cleaned + "%";
    }

    /** Whether {@code text} contains what was typed, ignoring case and diacritics (blank input matches all). */
    public static boolean containsIgnoringDiacritics(String text, String typed) {
        String wanted = withoutDiacritics(singleLine(typed));
        return wanted.isEmpty() || withoutDiacritics(singleLine(text)).contains(wanted);
    }

    /** A code made of digits and separators: all whitespace removed. */
    public static String code(String value) {
        return value == null ? "" : value.replaceAll("[\\s\\u00A0]", "");
    }
}
