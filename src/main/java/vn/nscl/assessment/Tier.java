package vn.nscl.assessment;

/** The two questionnaires: the ten-minute quick check and the full assessment. Codes match the data files. */
public enum Tier {
    QUICK("quick"), FULL("full");

    private final String code;

    Tier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Tier ofCode(String code) {
        for (Tier tier : values()) {
            if (tier.code.equals(code)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("No questionnaire tier " + code);
    }
}
