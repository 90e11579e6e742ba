package vn.nscl.expert;

import java.time.Instant;

/**
 * One expert in the officers' lists, with what needs their attention: certificates waiting, expired ones that no
 * longer count, a deletion request.
 */
public record ExpertListItem(long id, String fullName, String organisation, String homeCommune, ProfileStatus status,
        Instant submittedAt, int competences, int pendingCertificates, int expiredCertificates,
        boolean productivityCertified, boolean deletionRequested) {

    public boolean needsAttention() {
        return status == ProfileStatus.PENDING || pendingCertificates > 0 || expiredCertificates > 0
                || deletionRequested;
    }
}
