package vn.nscl.recommendation;

import java.util.Locale;

/**
 * Whether the rule base finds an enterprise eligible for a programme now, and why (the rule's reason quoting the
 * enterprise's own facts, or why not). {@code assessmentId} is the self-assessment it was judged on (null: none).
 */
public record ProgrammeEligibility(String programmeCode, boolean eligible, Long assessmentId, String reasonVi,
        String reasonEn, String rule, int ruleSetNumber) {

    public String reason(Locale locale) {
        return "en".equals(locale.getLanguage()) ? reasonEn : reasonVi;
    }
}
