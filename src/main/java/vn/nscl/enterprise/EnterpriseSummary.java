package vn.nscl.enterprise;

import java.time.Instant;

/**
 * An enterprise as other modules and views see it. {@code sectorCode} (VSIC section) is null until the profile is
 * completed; {@code foodProducer} says whether it produces or processes food or drink; {@code verification} whether
 * DOST has confirmed it (only verified enterprises count in the plan's figures).
 */
public record EnterpriseSummary(long id, long accountId, String name, String enterpriseCode, EnterpriseType type,
        String communeCode, String contactPerson, String email, String phone, Instant registeredAt, String sectorCode,
        boolean foodProducer, EnterpriseVerification verification, long version) {

    public boolean household() {
        return type == EnterpriseType.HOUSEHOLD;
    }
}
