package vn.nscl.matching;

/**
 * Once an expert has accepted a request, each side sees how to reach the other (null before acceptance and after a
 * cancellation): the enterprise the expert's phone and e-mail, the expert the enterprise's contact person.
 */
public record EngagementContacts(String expertName, String expertOrganisation, String expertPhone,
        String expertEmail, String enterpriseContact, String enterprisePhone, String enterpriseEmail) {
}
