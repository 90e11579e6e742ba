package vn.nscl.enterprise;

/**
 * How DOST and experts reach an enterprise: its contact person, phone, street address and e-mail; {@code loginEmail}
 * is the reader's own sign-in address, changed on the account page with a mailed confirmation.
 */
public record EnterpriseContacts(String contactPerson, String phone, String address, String email,
        String loginEmail, long version) {
}
