package vn.nscl.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What an officer sets for a programme's call (amounts in million VND; the checklist one item per entry). */
public record CallEdit(LocalDate openFrom, LocalDate openUntil, BigDecimal ceiling, int ownSharePercent,
        int yearlyQuota, String requiredDocuments, List<String> checklist, long expectedVersion) {
}
