package vn.nscl.recommendation.facts;

/**
 * The productivity indicators of the assessment year. A missing figure is -1, so a rule can say
 * {@code defectRate > 5} without tripping over missing data. Money in million VND, rates in percent.
 */
public class Indicators {

    public static final double MISSING = -1;

    private final double labourProductivity;
    private final double labourProductivityGrowth;
    private final double revenueGrowth;
    private final double energyPerValueAdded;
    private final double defectRate;
    private final double newProductShare;
    private final double trainingHoursPerEmployee;
    private final double suggestionsPerEmployee;

    public Indicators(double labourProductivity, double labourProductivityGrowth, double revenueGrowth,
            double energyPerValueAdded, double defectRate, double newProductShare, double trainingHoursPerEmployee,
            double suggestionsPerEmployee) {
        this.labourProductivity = labourProductivity;
        this.labourProductivityGrowth = labourProductivityGrowth;
        this.revenueGrowth = revenueGrowth;
        this.energyPerValueAdded = energyPerValueAdded;
        this.defectRate = defectRate;
        this.newProductShare = newProductShare;
        this.trainingHoursPerEmployee = trainingHoursPerEmployee;
        this.suggestionsPerEmployee = suggestionsPerEmployee;
    }

    public double getLabourProductivity() {
        return labourProductivity;
    }

    public double getLabourProductivityGrowth() {
        return labourProductivityGrowth;
    }

    public double getRevenueGrowth() {
        return revenueGrowth;
    }

    /** VND of energy per 1,000 VND of value added. */
    public double getEnergyPerValueAdded() {
        return energyPerValueAdded;
    }

    public double getDefectRate() {
        return defectRate;
    }

    public double getNewProductShare() {
        return newProductShare;
    }

    public double getTrainingHoursPerEmployee() {
        return trainingHoursPerEmployee;
    }

    public double getSuggestionsPerEmployee() {
        return suggestionsPerEmployee;
    }
}
