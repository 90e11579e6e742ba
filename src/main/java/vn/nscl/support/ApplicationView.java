package vn.nscl.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An application as its enterprise and officers see it; the reviewer (officers only) is null when unassigned. */
public record ApplicationView(long id, long enterpriseId, String enterpriseName, String communeCode,
        String sectorCode, String programmeCode, String programmeName, String title, String objectives,
        String expectedResults, String timeline, ApplicationStatus status, List<BudgetLine> budget,
        List<Indicator> indicators, BigDecimal requestedTotal, BigDecimal ownTotal, BigDecimal approvedAmount,
        String conditions, String decisionNote, String firstApprover, String eligibilityReason,
        Set<String> checkedItems, Instant createdAt, Instant submittedAt, Instant decidedAt, long version,
        Long reviewerId, String reviewerName) {
}
