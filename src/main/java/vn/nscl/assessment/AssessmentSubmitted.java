package vn.nscl.assessment;

import java.time.Instant;

/** An assessment was submitted and scored; later features (recommendations) react to it. */
public record AssessmentSubmitted(long assessmentId, long enterpriseId, Instant submittedAt) {
}
