package vn.nscl.expert;

/** What an expert can do with one catalogue tool or standard: level 1 (can apply) to 3 (can lead and train). */
public record Competence(String itemCode, int level, int years) {

    public static final int MAX_LEVEL = 3;
    public static final int MAX_YEARS = 60;
}
