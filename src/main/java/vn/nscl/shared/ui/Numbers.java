package vn.nscl.shared.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as people read them: "1.234,5" in Vietnamese, "1,234.5" in English; a missing value is a dash. */
public final class Numbers {

    public static final String MISSING = "–";

    private Numbers() {
    }

    public static String plain(BigDecimal value, Locale locale) {
        if (value == null) {
            return MISSING;
        }
        NumberFormat format = NumberFormat.getNumberInstance(TranslationProvider.supported(locale));
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    /** A value typed with up to two decimals (amounts in million VND, indicator targets), shown exactly. */
    public static String decimal(BigDecimal value, Locale locale) {
        if (value == null) {
            return MISSING;
        }
        NumberFormat format = NumberFormat.getNumberInstance(TranslationProvider.supported(locale));
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    public static String money(BigDecimal millionVnd, Locale locale) {
        if (millionVnd == null) {
            return MISSING;
        }
        boolean english = TranslationProvider.ENGLISH.equals(TranslationProvider.supported(locale));
        return plain(millionVnd, locale) + (english ? " million VND" : " triệu đồng");
    }

    public static String percent(BigDecimal value, Locale locale) {
        if (value == null) {
            return MISSING;
        }
        return (value.signum() > 0 ? "+" : "") + plain(value, locale) + " %";
    }

    /** A change in points, with its sign: "+5,2" or "−3". */
    public static String signed(BigDecimal value, Locale locale) {
        if (value == null) {
            return MISSING;
        }
        return (value.signum() > 0 ? "+" : "") + plain(value, locale);
    }

    /** A count or measure computed as a double (points of a match, a rating): one decimal at most. */
    public static String plain(double value, Locale locale) {
        return plain(BigDecimal.valueOf(value), locale);
    }

    /**
     * Values stored as text in the neutral form ("4.0", "12"), as a reader of this language writes them ("4",
     * "3,5"); other text is left as it is.
     */
    public static Object[] readable(java.util.List<String> values, Locale locale) {
        return values.stream().map(v -> v != null && v.matches("-?\\d+\\.\\d+")
                ? plain(new BigDecimal(v), locale) : v).toArray();
    }

    /** A score 0–100, one decimal at most. */
    public static String score(BigDecimal value, Locale locale) {
        return plain(value, locale);
    }
}
