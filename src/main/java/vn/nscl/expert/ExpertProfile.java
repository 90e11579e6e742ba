package vn.nscl.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An expert's whole profile, as the expert and officers see it. */
public record ExpertProfile(long id, long accountId, String fullName, String email, String phone, String organisation,
        String bio, ProfileStatus status, Instant submittedAt, Instant reviewedAt, String reviewedBy, String reviewNote,
        String homeCommune, boolean wholeProvince, Set<String> serviceCommunes, boolean onSite, boolean remote,
        int capacity, LocalDate pausedUntil, Set<Language> languages, Set<String> conflictCodes,
        List<Competence> competences, Set<String> sectors, List<CertificateView> certificates, Instant consentAt,
        Instant deletionRequestedAt, Instant erasedAt, Instant registeredAt, long version) {

    public boolean pausedOn(LocalDate day) {
        return pausedUntil != null && !pausedUntil.isBefore(day);
    }
}
