package vn.nscl.recommendation.facts;

/** The assessment being advised on: {@code tier} is quick or full; {@code overall} the index 0–100. */
public class Assessment {

    private final String tier;
    private final int year;
    private final double overall;
    private final int maturityLevel;

    public Assessment(String tier, int year, double overall, int maturityLevel) {
        this.tier = tier;
        this.year = year;
        this.overall = overall;
        this.maturityLevel = maturityLevel;
    }

    public String getTier() {
        return tier;
    }

    public int getYear() {
        return year;
    }

    public double getOverall() {
        return overall;
    }

    public int getMaturityLevel() {
        return maturityLevel;
    }
}
