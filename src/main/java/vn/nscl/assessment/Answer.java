package vn.nscl.assessment;

/** An answer to one question: a maturity level 0–4, or "not applicable" (level null). */
public record Answer(String questionCode, Integer level, boolean notApplicable) {

    public static Answer level(String questionCode, int level) {
        return new Answer(questionCode, level, false);
    }

    public static Answer notApplicable(String questionCode) {
        return new Answer(questionCode, null, true);
    }
}
