package vn.nscl.matching;

import java.time.Instant;
import java.time.LocalDate;

/** A visit or session recorded in an engagement. */
public record VisitNote(LocalDate visitDate, boolean onSite, String text, String author, Instant createdAt) {
}
