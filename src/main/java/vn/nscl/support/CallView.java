package vn.nscl.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme's call as screens show it; amounts in million VND. {@code requiredDocuments} as the officer wrote it,
 * {@code documents} one by one (an upload slot each).
 */
public record CallView(String programmeCode, String programmeName, LocalDate openFrom, LocalDate openUntil,
        boolean open, BigDecimal ceiling, int ownSharePercent, int yearlyQuota, String requiredDocuments,
        List<String> documents, List<String> checklist, Instant updatedAt, String updatedBy, long version) {
}
