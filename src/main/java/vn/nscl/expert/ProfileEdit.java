package vn.nscl.expert;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an expert edits on their profile. {@code consent} is the tick that the Department may keep and use these
 * personal data to match them with enterprises; a profile cannot be sent for verification without it.
 */
public record ProfileEdit(String phone, String organisation, String bio, String homeCommune, boolean wholeProvince,
        Set<String> serviceCommunes, boolean onSite, boolean remote, int capacity, LocalDate pausedUntil,
        Set<Language> languages, Set<String> conflictCodes, List<Competence> competences, Set<String> sectors,
        boolean consent, long expectedVersion) {
}
