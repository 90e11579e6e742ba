package vn.nscl.enterprise;

import java.util.List;
import java.util.Set;

import vn.nscl.reference.Activity;

/**
 * An enterprise described without who it is: what the advice depends on (type, sector, activities, products, food,
 * exports, trained staff, certificates and OCOP stars held, yearly figures) and nothing that names a person or a
 * business. Expert test cases are written this way, and an officer saving a real assessment as a test case keeps only
 * this of the enterprise.
 */
public record ProfileSketch(EnterpriseType type, String sectorCode, Set<Activity> activities, String mainProducts,
        boolean foodProducer, String exportMarkets, Integer staffTrained, List<String> certificates,
        List<Integer> ocopStars, List<YearFigures> figures) {

    public ProfileSketch {
        activities = activities == null ? Set.of() : Set.copyOf(activities);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        ocopStars = ocopStars == null ? List.of() : List.copyOf(ocopStars);
        figures = figures == null ? List.of() : figures.stream()
                .sorted(java.util.Comparator.comparingInt(YearFigures::year).reversed()).toList();
    }

    /** What of a stored profile a test case keeps: the certificates that count today, the OCOP stars, the figures. */
    public static ProfileSketch of(EnterpriseProfile profile) {
        ProfileDetails details = profile.details();
        return new ProfileSketch(profile.enterprise().type(), details.sectorCode(), details.activities(),
                details.mainProducts(), details.foodProducer(), details.exportMarkets(), details.staffTrained(),
                details.validCertificationCodes().stream().sorted().toList(),
                details.ocopProducts().stream().map(ProfileDetails.Ocop::stars).toList(), profile.figures());
    }
}
