package vn.nscl.enterprise;

import java.util.Optional;
import java.util.regex.Pattern;

import vn.nscl.shared.TextRules;

/**
 * The identifier an enterprise registers with: the 10-digit enterprise/tax code (mã số doanh nghiệp), a branch's
 * code with a {@code -NNN} suffix, or, for a household business only, the owner's 12-digit personal identification
 * number.
 */
public final class EnterpriseCode {

    public static final int MAX_LENGTH = 14;
    private static final Pattern TAX_CODE = Pattern.compile("^\\d{10}(-\\d{3})?$");
    private static final Pattern PERSONAL_ID = Pattern.compile("^\\d{12}$");

    private EnterpriseCode() {
    }

    /** The code as stored: spaces removed. */
    public static String normalise(String typed) {
        return TextRules.code(typed);
    }

    /** The translation key of what is wrong with the code for this type, or empty when it is valid. */
    public static Optional<String> problem(String normalised, EnterpriseType type) {
        if (normalised.isEmpty()) {
            return Optional.of("error.required");
        }
        if (TAX_CODE.matcher(normalised).matches()) {
            return Optional.empty();
        }
        if (PERSONAL_ID.matcher(normalised).matches()) {
            return type == EnterpriseType.HOUSEHOLD ? Optional.empty()
                    : Optional.of("enterprise.error.code-personal-id-household-only");
        }
        return Optional.of("enterprise.error.code-format");
    }
}
