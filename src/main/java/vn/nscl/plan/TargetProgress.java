package vn.nscl.plan;

import java.math.BigDecimal;
import java.util.Map;

/** A target with its actual value and status for each plan year so far. */
public record TargetProgress(TargetView target, Map<Integer, BigDecimal> actual, Map<Integer, TargetStatus> status) {

    public BigDecimal actualIn(int year) {
        return actual.get(year);
    }

    public TargetStatus statusIn(int year) {
        return status.getOrDefault(year, TargetStatus.OUT_OF_PERIOD);
    }
}
