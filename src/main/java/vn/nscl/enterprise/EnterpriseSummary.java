package vn.nscl.enterprise;

import java.time.Instant;

/**
 * An enterprise as other modules and views see it. {@code sectorCode} (VSIC section) is null until the profile is
 * completed; {@code foodProducer} says whether it produces or processes food or drink.
 */
public record EnterpriseSummary(long id, long accountId, String name, String enterpriseCode, EnterpriseType type,
        String communeCode, String contactPerson, String email, String phone, Instant registeredAt, String sectorCode,
        boolean foodProducer) {

    public boolean household() {
        return type == EnterpriseType.HOUSEHOLD;
    }
}
