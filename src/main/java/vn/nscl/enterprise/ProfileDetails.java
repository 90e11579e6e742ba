package vn.nscl.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.nscl.reference.Activity;

/**
 * The profile beyond registration: sector, products, activities, OCOP ratings, certificates held.
 * {@code activitiesGuessed} is true while the enterprise has not ticked its activities: they are then guessed from its
 * sector and products ({@link Activity#guess}).
 */
public record ProfileDetails(String sectorCode, String mainProducts, boolean foodProducer, Integer staffTrained,
        String exportMarkets, Set<Activity> activities, boolean activitiesGuessed, List<Ocop> ocopProducts,
        List<Certification> certifications, long version) {

    public record Ocop(long id, String name, int stars, Integer ratedYear) {
    }

    /** A certificate held; {@code expired} as of the day the profile was read (then it no longer counts). */
    public record Certification(long id, String catalogueCode, String certificateNumber, String issuedBy,
            LocalDate expiresOn, boolean expired) {
    }

    /** The catalogue codes of the certificates that still count. */
    public java.util.Set<String> validCertificationCodes() {
        return certifications.stream().filter(c -> !c.expired()).map(Certification::catalogueCode)
                .collect(java.util.stream.Collectors.toSet());
    }
}
