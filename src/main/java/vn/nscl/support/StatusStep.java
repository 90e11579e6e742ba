package vn.nscl.support;

import java.time.Instant;

/** One step of an application's status timeline; {@code kind} names a translation ({@code application.event.}). */
public record StatusStep(Instant at, String kind, String actor, String note) {
}
