package vn.nscl.enterprise;

import java.time.Instant;

/**
 * An enterprise as other modules and views see it. {@code sectorCode} (VSIC section) is null until the profile is
 * completed; {@code foodProducer} says whether it produces or processes food or drink; {@code verification} whether
 * DOST has confirmed it (only verified enterprises count in the plan's figures). {@code accountId} (and possibly
 * {@code email}) is null for an enterprise DOST entered from a paper form whose owner has not joined yet.
 */
public record EnterpriseSummary(long id, Long accountId, String name, String enterpriseCode, EnterpriseType type,
        String communeCode, String contactPerson, String email, String phone, Instant registeredAt, String sectorCode,
        boolean foodProducer, EnterpriseVerification verification, long version) {

    public boolean hasAccount() {
        return accountId != null;
    }

    public boolean household() {
        return type == EnterpriseType.HOUSEHOLD;
    }
}
