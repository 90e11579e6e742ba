package vn.nscl.expert;

import java.time.Instant;

/** An expert as other modules and views see it. */
public record ExpertSummary(long id, long accountId, String fullName, String email, String phone,
        String organisation, Instant registeredAt) {
}
