package vn.nscl.support;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the officers' review queue: the application with its applicant as submitted (name, commune, sector),
 * without the budget, indicators and files that only its own page shows.
 */
public record ApplicationRow(long id, long enterpriseId, String applicantName, String communeCode, String sectorCode,
        String programmeCode, String programmeName, String title, ApplicationStatus status, Instant submittedAt,
        BigDecimal requestedTotal, BigDecimal ownTotal, BigDecimal approvedAmount, String reviewerName) {
}
