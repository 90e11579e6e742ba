package vn.nscl.assessment;

import vn.nscl.shared.UserFacingException;

/** An answer to one question: a maturity level 0–4, or "not applicable" (level null). */
public record Answer(String questionCode, Integer level, boolean notApplicable) {

    public static Answer level(String questionCode, int level) {
        return new Answer(questionCode, level, false);
    }

    public static Answer notApplicable(String questionCode) {
        return new Answer(questionCode, null, true);
    }

    /** Refuses an answer to a question that was not asked, or a level outside 0–4. */
    void requireAnswerable(java.util.Set<String> askedCodes) {
        if (!askedCodes.contains(questionCode)) {
            throw new UserFacingException("assessment.error.unknown-question");
        }
        if (!notApplicable && (level == null || level < 0 || level > 4)) {
            throw new UserFacingException("assessment.error.level");
        }
    }
}
