package vn.nscl.expert;

/** An officer's verdict on a certificate. */
public enum ReviewStatus {
    PENDING, VERIFIED, REJECTED
}
