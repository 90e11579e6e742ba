package vn.nscl.security;

/**
 * An account moved to a new address (its owner followed the link mailed there): modules that keep the address as a
 * contact (the enterprise's e-mail) follow it. Published inside the transaction that changes the account.
 */
public record AccountEmailChanged(long accountId, String oldEmail, String newEmail) {
}
