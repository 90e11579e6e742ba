package vn.nscl.enterprise;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The derived productivity indicators of one year, with growth against the previous year where both are known.
 * Money in million VND; growth and shares in percent; {@code energyPerValueAdded} in VND of energy per 1,000 VND of
 * value added. Any indicator whose inputs are missing (or would divide by zero) is null.
 */
public record ProductivityIndicators(int year, BigDecimal valueAdded, BigDecimal labourProductivity,
        BigDecimal energyPerValueAdded, BigDecimal revenueGrowth, BigDecimal valueAddedGrowth,
        BigDecimal labourProductivityGrowth) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public static ProductivityIndicators of(YearFigures current, YearFigures previous) {
        BigDecimal valueAdded = current.valueAdded();
        BigDecimal productivity = perEmployee(valueAdded, current.employees());
        BigDecimal energy = valueAdded == null || current.energyCost() == null || valueAdded.signum() <= 0 ? null
                : current.energyCost().multiply(THOUSAND).divide(valueAdded, 1, RoundingMode.HALF_UP);
        if (previous == null) {
            return new ProductivityIndicators(current.year(), valueAdded, productivity, energy, null, null, null);
        }
        return new ProductivityIndicators(current.year(), valueAdded, productivity, energy,
                growth(current.revenue(), previous.revenue()), growth(valueAdded, previous.valueAdded()),
                growth(productivity, perEmployee(previous.valueAdded(), previous.employees())));
    }

    static BigDecimal perEmployee(BigDecimal amount, Integer employees) {
        return amount == null || employees == null || employees <= 0 ? null
                : amount.divide(BigDecimal.valueOf(employees), 1, RoundingMode.HALF_UP);
    }

    /** Change in percent from {@code before} to {@code now}; null when {@code before} is missing or not positive. */
    static BigDecimal growth(BigDecimal now, BigDecimal before) {
        if (now == null || before == null || before.signum() <= 0) {
            return null;
        }
        return now.subtract(before).multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
    }
}
