package vn.nscl.plan;

import java.math.BigDecimal;

/** A plan target with its actual value and status in a year, as published (no names behind it). */
public record OpenTarget(String code, String name, String source, String unit, int yearFrom, int yearTo,
        BigDecimal targetMin, BigDecimal targetMax, int year, BigDecimal actual, TargetStatus status) {
}
