package vn.nscl.recommendation.facts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers written for reasons: "6,5" in Vietnamese, "6.5" in English; at most two decimals, no trailing zeros. */
public final class Fmt {

    private Fmt() {
    }

    public static String vi(Number value) {
        return format(value, Locale.forLanguageTag("vi"));
    }

    public static String en(Number value) {
        return format(value, Locale.ENGLISH);
    }

    /** A figure the enterprise did not give is written as "?" (a rule should not quote it at all). */
    private static String format(Number value, Locale locale) {
        if (value == null) {
            return "?";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(value.doubleValue());
    }
}
