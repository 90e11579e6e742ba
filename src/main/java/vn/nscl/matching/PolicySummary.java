package vn.nscl.matching;

import java.time.Instant;

/** A matching policy version in the list of versions. */
public record PolicySummary(long id, int number, boolean draft, boolean active, String note, Instant createdAt,
        String createdBy, long version, boolean writtenBySignedIn) {
}
