package vn.nscl.enterprise;

import java.math.BigDecimal;

/**
 * An enterprise's figures for one year (plan item 1.d, the productivity indicator set). Money is in million VND
 * (triệu đồng), rates in percent; every figure is optional. {@code version} is the stored version the caller saw
 * (null for a year not yet stored), so a concurrent edit is detected instead of overwritten.
 */
public record YearFigures(int year, Integer employees, BigDecimal revenue, BigDecimal capital, BigDecimal boughtIn,
        BigDecimal wages, BigDecimal depreciation, BigDecimal energyCost, BigDecimal defectRate,
        BigDecimal newProductShare, BigDecimal trainingHours, Integer suggestionsImplemented, Long version) {

    public static YearFigures empty(int year) {
        return new YearFigures(year, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Value added = revenue − bought-in goods and services; null unless both are known. */
    public BigDecimal valueAdded() {
        return revenue == null || boughtIn == null ? null : revenue.subtract(boughtIn);
    }
}
