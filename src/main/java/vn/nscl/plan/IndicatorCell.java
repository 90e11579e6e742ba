package vn.nscl.plan;

import java.math.BigDecimal;

/**
 * One cell of the open indicators: enterprises assessed in a year (in a commune and/or sector when grouped so), their
 * average index and the share at maturity level 3 or more. A cell of fewer than {@link OpenDataService#MIN_CELL}
 * enterprises, or one that would let such a cell be worked out from the total, is suppressed: its figures are
 * withheld, so no single enterprise can be recognised.
 */
public record IndicatorCell(int year, String commune, String communeName, String sector, Integer enterprises,
        BigDecimal averageScore, BigDecimal matureShare, boolean suppressed) {
}
