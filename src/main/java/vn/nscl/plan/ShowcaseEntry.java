package vn.nscl.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A model enterprise on the public showcase: its first and its latest self-assessment, dimension by dimension. */
public record ShowcaseEntry(long enterpriseId, String name, String communeCode, String sectorCode, Snapshot before,
        Snapshot after) {

    /** One submitted assessment: when, its overall index and maturity level, and the score of each dimension. */
    public record Snapshot(LocalDate day, BigDecimal score, Integer level, Map<String, BigDecimal> dimensions) {
    }
}
