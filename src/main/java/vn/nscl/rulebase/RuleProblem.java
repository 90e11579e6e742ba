package vn.nscl.rulebase;

import java.util.Locale;

/**
 * A mistake in a rule file, where it is and what is wrong: {@code message} in Vietnamese and {@code messageEn} in
 * English, in words a rule editor can act on, and {@code technical}, the library's own text (Drools, the YAML reader)
 * for whoever needs it, shown folded away. Line and column count from 1; 0 when the whole file is concerned.
 */
public record RuleProblem(String file, int line, int column, String message, String messageEn, String technical) {

    public RuleProblem {
        messageEn = messageEn == null || messageEn.isBlank() ? message : messageEn;
        technical = technical == null ? "" : technical;
    }

    /** A problem said in both languages, with no technical text. */
    public RuleProblem(String file, int line, String vi, String en) {
        this(file, line, 0, vi, en, "");
    }

    /** The message in the reader's language (Vietnamese unless English is asked). */
    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : message;
    }

    /** The same problem where no line can be shown (a workbook's generated text). */
    public RuleProblem withoutLine() {
        return new RuleProblem(file, 0, 0, message, messageEn, technical);
    }

    /** The problem in one line, in both languages, for the operators' logs and start-up errors. */
    public String describe() {
        return file + (line > 0 ? ", dòng/line " + line : "") + ": " + message
                + (messageEn.equals(message) ? "" : " / " + messageEn)
                + (technical.isBlank() ? "" : " [" + technical.lines().findFirst().orElse("") + "]");
    }
}
