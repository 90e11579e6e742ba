package vn.nscl.enterprise;

import java.time.Instant;

/** A claim on an enterprise code as officers and the claimant see it; {@code status} OPEN, GRANTED or REFUSED. */
public record ClaimSummary(long id, long enterpriseId, String enterpriseName, String enterpriseCode,
        String claimedName, String contactPerson, String email, String phone, String status, Instant createdAt,
        Instant decidedAt, String reason, long version) {
}
