package vn.nscl.recommendation.facts;

/** The answer to one question (e.g. LEAN-01) as a level 0–4; questions answered "not applicable" are absent. */
public class QuestionAnswer {

    private final String question;
    private final int level;

    public QuestionAnswer(String question, int level) {
        this.question = question;
        this.level = level;
    }

    public String getQuestion() {
        return question;
    }

    public int getLevel() {
        return level;
    }
}
