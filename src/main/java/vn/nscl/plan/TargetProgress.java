package vn.nscl.plan;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A target with its actual value and status for each plan year so far; {@code entered}: the years whose figure the
 * Department entered from its own records (before the platform), shown marked as such.
 */
public record TargetProgress(TargetView target, Map<Integer, BigDecimal> actual, Map<Integer, TargetStatus> status,
        java.util.Set<Integer> entered) {

    public boolean enteredIn(int year) {
        return entered.contains(year);
    }

    public BigDecimal actualIn(int year) {
        return actual.get(year);
    }

    public TargetStatus statusIn(int year) {
        return status.getOrDefault(year, TargetStatus.OUT_OF_PERIOD);
    }
}
