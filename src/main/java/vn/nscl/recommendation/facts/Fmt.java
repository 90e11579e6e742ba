package vn.nscl.recommendation.facts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers written for reasons: "6,5" in Vietnamese, "6.5" in English; at most two decimals, no trailing zeros. */
public final class Fmt {

    private Fmt() {
    }

    public static String vi(double value) {
        return format(value, Locale.forLanguageTag("vi"));
    }

    public static String en(double value) {
        return format(value, Locale.ENGLISH);
    }

    private static String format(double value, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }
}
