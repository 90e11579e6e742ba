package vn.nscl.matching.facts;

import java.util.Map;

/** The plain numbers of {@code rules/matching/matching.yaml} that the rules use, read-only. */
public final class Settings {

    private final Map<String, Double> weights;
    private final double sameCommune;
    private final double serviceArea;
    private final double wholeProvince;
    private final double remoteOnly;
    private final int minimumLevel;
    private final int yearsForFullCredit;
    private final double certificateBonus;
    private final double newExpertRating;

    /** The numbers, as checked when the settings file was read. */
    public record Numbers(Map<String, Double> weights, double sameCommune, double serviceArea, double wholeProvince,
            double remoteOnly, int minimumLevel, int yearsForFullCredit, double certificateBonus,
            double newExpertRating) {
    }

    public Settings(Numbers n) {
        this.weights = Map.copyOf(n.weights());
        this.sameCommune = n.sameCommune();
        this.serviceArea = n.serviceArea();
        this.wholeProvince = n.wholeProvince();
        this.remoteOnly = n.remoteOnly();
        this.minimumLevel = n.minimumLevel();
        this.yearsForFullCredit = n.yearsForFullCredit();
        this.certificateBonus = n.certificateBonus();
        this.newExpertRating = n.newExpertRating();
    }

    /** The points a score component is worth, e.g. {@code weight("COMPETENCE")} is 35 (0 for an unknown name). */
    public double weight(String component) {
        return weights.getOrDefault(component, 0.0);
    }

    public double getSameCommune() {
        return sameCommune;
    }

    public double getServiceArea() {
        return serviceArea;
    }

    public double getWholeProvince() {
        return wholeProvince;
    }

    public double getRemoteOnly() {
        return remoteOnly;
    }

    public int getMinimumLevel() {
        return minimumLevel;
    }

    public int getYearsForFullCredit() {
        return yearsForFullCredit;
    }

    public double getCertificateBonus() {
        return certificateBonus;
    }

    public double getNewExpertRating() {
        return newExpertRating;
    }
}
