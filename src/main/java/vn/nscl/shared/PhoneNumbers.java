package vn.nscl.shared;

import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers as people write them, after {@link TextRules#phone} removed spaces, dots and dashes: a
 * mobile (0 and 9 digits, e.g. 0905 123 456) or a landline with its area code (0 and 10 digits, e.g. 0233 3852 123),
 * or either with +84 instead of the leading 0.
 */
public final class PhoneNumbers {

    private static final Pattern VIETNAMESE = Pattern.compile("^(0|\\+84)[1-9]\\d{8,9}$");

    private PhoneNumbers() {
    }

    public static boolean valid(String cleaned) {
        return cleaned != null && VIETNAMESE.matcher(cleaned).matches();
    }
}
