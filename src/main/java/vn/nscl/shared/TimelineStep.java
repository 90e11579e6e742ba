package vn.nscl.shared;

import java.time.Instant;

/**
 * One step of a record's timeline (a support request, an application); {@code kind} names a translation under the
 * owning screen's prefix, {@code actor} is empty where the reader may not see who acted.
 */
public record TimelineStep(Instant at, String kind, String actor, String note) {
}
