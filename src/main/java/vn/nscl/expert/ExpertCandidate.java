package vn.nscl.expert;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A verified expert as the matching engine sees them: only what the hard constraints and the score need.
 * {@code certifiedItems} are the catalogue codes of their verified, unexpired certificates.
 */
public record ExpertCandidate(long id, long accountId, String fullName, String organisation, String homeCommune,
        boolean wholeProvince, Set<String> serviceCommunes, boolean onSite, boolean remote, Set<Language> languages,
        Map<String, Competence> competences, Set<String> sectors, Set<String> certifiedItems,
        boolean productivityCertified, Set<String> conflictCodes, int capacity, LocalDate pausedUntil) {

    public boolean pausedOn(LocalDate day) {
        return pausedUntil != null && !pausedUntil.isBefore(day);
    }
}
