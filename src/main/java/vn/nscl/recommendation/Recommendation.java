package vn.nscl.recommendation;

/**
 * One explained recommendation (Khuyến nghị): a catalogue tool or standard, or a support programme the enterprise is
 * eligible for, with its rank, priority, the rule that produced it, its reason in both languages and the programme
 * that can fund it. {@code shown} is false for tools beyond the first few (shown on request).
 */
public record Recommendation(int rank, String code, boolean programme, int priority, String rule, String reasonVi,
        String reasonEn, String fundingProgramme, boolean shown) {

    /** Programmes are always shown; tools only up to the {@code shown}-th, the rest on request. */
    static boolean shownAt(int rank, boolean programme, int shown) {
        return programme || rank <= shown;
    }

    public String reason(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? reasonEn : reasonVi;
    }
}
