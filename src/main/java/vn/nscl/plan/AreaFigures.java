package vn.nscl.plan;

import java.math.BigDecimal;

/**
 * A commune's or a sector's figures for a year: enterprises on the platform, those assessed that year with their
 * average index (0–100), those supported that year.
 */
public record AreaFigures(String code, String name, long enterprises, long assessed, BigDecimal averageScore,
        long supported) {
}
