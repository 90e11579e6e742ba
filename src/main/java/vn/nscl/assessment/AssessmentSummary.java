package vn.nscl.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import vn.nscl.shared.LocalizedText;

/** One assessment in a list: what it is, where it stands and, once submitted, its overall result. */
public record AssessmentSummary(long id, long enterpriseId, Tier tier, int questionnaireVersion, LocalizedText title,
        AssessmentStatus status, int year, Instant startedAt, Instant submittedAt, BigDecimal overall,
        Integer maturityLevel, int answered) {
}
