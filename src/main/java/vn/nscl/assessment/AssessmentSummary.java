package vn.nscl.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import vn.nscl.shared.LocalizedText;

/**
 * One assessment in a list: what it is, where it stands and, once submitted, its overall result. {@code enteredBy}
 * and {@code enteredAt} are set when DOST typed it in from a paper form (who, and when; {@code submittedAt} is then the
 * day the form was filled in).
 */
public record AssessmentSummary(long id, long enterpriseId, Tier tier, int questionnaireVersion, LocalizedText title,
        AssessmentStatus status, int year, Instant startedAt, Instant submittedAt, BigDecimal overall,
        Integer maturityLevel, int answered, String enteredBy, Instant enteredAt) {

    public boolean fromPaper() {
        return enteredBy != null;
    }
}
