package vn.nscl.plan;

import java.time.Instant;

/** A year's report as sent: {@code documentNumber} ("125/BC-SKHCN") may be empty when not given. */
public record AnnualFiling(int year, String documentNumber, Instant filedAt, String filedBy) {
}
