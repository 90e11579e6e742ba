package vn.nscl.expert;

import java.time.LocalDate;

import vn.nscl.files.StoredFileRef;

/** A certificate as lists show it; {@code expired} is judged on the day it was read. */
public record CertificateView(long id, CertificateKind kind, String itemCode, String number, String issuer,
        LocalDate expiresOn, StoredFileRef evidence, ReviewStatus status, String reviewNote, boolean expired) {

    /** Whether it counts for matching and the plan's figures: verified and not expired. */
    public boolean counts() {
        return status == ReviewStatus.VERIFIED && !expired;
    }
}
