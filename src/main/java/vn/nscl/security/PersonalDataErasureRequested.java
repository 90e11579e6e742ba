package vn.nscl.security;

/** Someone asked for their personal data to be erased: DOST's staff are told (in the notification module). */
public record PersonalDataErasureRequested(long accountId, String displayName) {
}
