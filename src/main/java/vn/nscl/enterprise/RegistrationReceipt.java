package vn.nscl.enterprise;

/**
 * What a registration did, for the platform's own use: the enterprise created, or the claim opened on a code that
 * another account held, or neither (the e-mail already had an account). The person registering is told the same in
 * every case: confirm your address from the mail we sent.
 */
public record RegistrationReceipt(Long enterpriseId, Long claimId) {
}
