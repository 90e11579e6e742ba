package vn.nscl.recommendation.facts;

/**
 * The answer to one question (e.g. LEAN-01) as a level 0–4, with what that level says in the questionnaire the
 * enterprise answered ({@code saidVi}): a reason quotes it instead of a code or a number. Questions answered "not
 * applicable" are absent.
 */
public class QuestionAnswer {

    private final String question;
    private final int level;
    private final String saidVi;
    private final String saidEn;

    public QuestionAnswer(String question, int level, String saidVi, String saidEn) {
        this.question = question;
        this.level = level;
        this.saidVi = saidVi == null ? "" : saidVi;
        this.saidEn = saidEn == null ? "" : saidEn;
    }

    public String getQuestion() {
        return question;
    }

    public int getLevel() {
        return level;
    }

    /** The level's description as the enterprise chose it, e.g. "Chỉ sửa khi máy hỏng; sản xuất hay phải dừng…". */
    public String saidVi() {
        return saidVi;
    }

    public String saidEn() {
        return saidEn;
    }

    /** "Bạn chọn: «Chỉ sửa khi máy hỏng…»" — the answer quoted for a reason. */
    public String quoteVi() {
        return "bạn chọn «" + strip(saidVi) + "»";
    }

    public String quoteEn() {
        return "you chose “" + strip(saidEn) + "”";
    }

    private static String strip(String said) {
        return said.endsWith(".") ? said.substring(0, said.length() - 1) : said;
    }
}
