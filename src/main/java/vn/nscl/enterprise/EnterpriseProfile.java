package vn.nscl.enterprise;

import java.util.List;
import java.util.Optional;

/**
 * Everything the profile page shows: registration, profile details, figures by year (newest first), size, and the
 * current year (by the application's clock) for forms that offer years.
 */
public record EnterpriseProfile(EnterpriseSummary enterprise, ProfileDetails details, List<YearFigures> figures,
        SizeClass sizeClass, int currentYear) {

    public Optional<YearFigures> figuresOf(int year) {
        return figures.stream().filter(f -> f.year() == year).findFirst();
    }
}
