package vn.nscl.recommendation.facts;

/**
 * The productivity indicators of the figures the assessment is judged on ({@code year}: the assessment's year, or
 * the year before when that year's figures are not in yet). A figure the enterprise did not give is null, so a rule
 * saying {@code defectRate > 5} stays silent rather than guessing. Money in million VND, rates in percent.
 */
public class Indicators {

    private final int year;
    private final Double labourProductivity;
    private final Double labourProductivityGrowth;
    private final Double revenueGrowth;
    private final Double energyPerValueAdded;
    private final Double energyShareOfRevenue;
    private final Double defectRate;
    private final Double newProductShare;
    private final Double trainingHoursPerEmployee;
    private final Double suggestionsPerEmployee;

    public Indicators(int year, Double labourProductivity, Double labourProductivityGrowth, Double revenueGrowth,
            Double energyPerValueAdded, Double energyShareOfRevenue, Double defectRate, Double newProductShare,
            Double trainingHoursPerEmployee, Double suggestionsPerEmployee) {
        this.year = year;
        this.labourProductivity = labourProductivity;
        this.labourProductivityGrowth = labourProductivityGrowth;
        this.revenueGrowth = revenueGrowth;
        this.energyPerValueAdded = energyPerValueAdded;
        this.energyShareOfRevenue = energyShareOfRevenue;
        this.defectRate = defectRate;
        this.newProductShare = newProductShare;
        this.trainingHoursPerEmployee = trainingHoursPerEmployee;
        this.suggestionsPerEmployee = suggestionsPerEmployee;
    }

    /** The year of the figures. */
    public int getYear() {
        return year;
    }

    public Double getLabourProductivity() {
        return labourProductivity;
    }

    public Double getLabourProductivityGrowth() {
        return labourProductivityGrowth;
    }

    public Double getRevenueGrowth() {
        return revenueGrowth;
    }

    /** VND of energy per 1,000 VND of value added. */
    public Double getEnergyPerValueAdded() {
        return energyPerValueAdded;
    }

    /** Energy cost as a percentage of revenue. */
    public Double getEnergyShareOfRevenue() {
        return energyShareOfRevenue;
    }

    public Double getDefectRate() {
        return defectRate;
    }

    public Double getNewProductShare() {
        return newProductShare;
    }

    public Double getTrainingHoursPerEmployee() {
        return trainingHoursPerEmployee;
    }

    public Double getSuggestionsPerEmployee() {
        return suggestionsPerEmployee;
    }
}
