package vn.nscl.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** An agency's yearly report; {@code submittedAt} is null (and version -1) while nothing has been sent. */
public record PartnerReportView(String agencyCode, int year, long version, Map<String, BigDecimal> figures,
        String narrative, Instant submittedAt, String submittedBy) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
