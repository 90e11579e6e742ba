package vn.nscl.assessment;

import java.math.BigDecimal;

/** A dimension's score 0–100 (mean level ÷ 4 × 100) from {@code answered} of the {@code asked} questions. */
public record DimensionScore(String dimension, BigDecimal score, int answered, int asked) {
}
