package vn.nscl.matching;

import java.time.Instant;

/** A step of a request's timeline; {@code kind} names a translation ({@code request.event.<kind>}). */
public record TimelineEntry(Instant at, String kind, String actor, String note) {
}
