package vn.nscl.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/** When an enterprise submitted an assessment and its overall score: what follow-ups of supported projects need. */
public record SubmittedScore(long enterpriseId, Instant submittedAt, BigDecimal overall) {
}
