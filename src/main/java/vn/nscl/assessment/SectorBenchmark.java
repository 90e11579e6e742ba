package vn.nscl.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The average of other enterprises of the same sector (their latest submitted assessments), per dimension. A
 * dimension appears only when at least {@link #MIN_PEERS} enterprises have a score in it, so no single enterprise's
 * result can ever be read off.
 */
public record SectorBenchmark(String sectorCode, long peers, Map<String, BigDecimal> averages) {

    public static final int MIN_PEERS = 5;

    public boolean available() {
        return !averages.isEmpty();
    }
}
