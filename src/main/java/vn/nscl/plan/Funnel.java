package vn.nscl.plan;

import java.math.BigDecimal;

/**
 * The core loop in numbers up to a year's end: enterprises assessed, given recommendations, matched with an expert,
 * supported, and re-assessed after support, with the average index before and after support for those re-assessed.
 */
public record Funnel(long assessed, long recommended, long matched, long supported, long reassessed,
        BigDecimal averageBefore, BigDecimal averageAfter) {

    public BigDecimal change() {
        return averageBefore == null || averageAfter == null ? null : averageAfter.subtract(averageBefore);
    }
}
