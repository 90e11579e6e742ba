package vn.nscl.enterprise;

import java.time.Instant;

/** An enterprise as other modules and views see it. */
public record EnterpriseSummary(long id, long accountId, String name, String enterpriseCode, EnterpriseType type,
        String communeCode, String contactPerson, String email, String phone, Instant registeredAt) {
}
