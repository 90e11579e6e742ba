package vn.nscl.enterprise;

import java.util.Locale;

/**
 * What an enterprise types when it registers. The contact person's e-mail and phone are also the account's;
 * {@code language} is the interface language at the time of registration.
 */
public record EnterpriseRegistration(String name, String enterpriseCode, EnterpriseType type, String communeCode,
        String contactPerson, String email, String phone, String password, Locale language) {
}
