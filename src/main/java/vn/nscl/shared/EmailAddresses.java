package vn.nscl.shared;

import java.util.regex.Pattern;

/**
 * E-mail addresses as people type them, after {@link TextRules#email} trimmed and lower-cased them: something before
 * and after one @, and a dot in the domain. Whether the address exists only a mailed link can tell.
 */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    private EmailAddresses() {
    }

    public static boolean valid(String cleaned) {
        return cleaned != null && ADDRESS.matcher(cleaned).matches() && !TextRules.hasInvisible(cleaned);
    }
}
