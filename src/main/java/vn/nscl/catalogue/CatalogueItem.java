package vn.nscl.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.nscl.reference.Activity;
import vn.nscl.shared.LocalizedText;

/**
 * One tool, standard or support service of the catalogue: what it is, for whom (in words, and as {@link Fits} the
 * platform enforces), how long and how much effort it takes, the first step, what it brings, and what should come
 * before it.
 */
public record CatalogueItem(String code, Kind kind, boolean certifiable, LocalizedText name, LocalizedText description,
        LocalizedText audience, LocalizedText duration, LocalizedText effort, LocalizedText benefits, Fits fits,
        LocalizedText firstStep, List<String> prerequisites) {

    public enum Kind { TOOL, STANDARD, SUPPORT }

    public CatalogueItem {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        fits = fits == null ? Fits.EVERYONE : fits;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }

    /**
     * For whom the item is at all: an enterprise doing at least one of {@code activities} (any when empty), of one of
     * {@code types} (any when empty), with at least {@code minEmployees} workers (an enterprise that has not said how
     * many does not qualify).
     */
    public record Fits(Set<Activity> activities, Set<String> types, Integer minEmployees) {

        public static final Fits EVERYONE = new Fits(Set.of(), Set.of(), null);

        public Fits {
            activities = activities == null ? Set.of() : Set.copyOf(activities);
            types = types == null ? Set.of() : Set.copyOf(types);
        }

        public boolean fits(Set<Activity> enterpriseActivities, String type, Integer employees) {
            return (activities.isEmpty() || enterpriseActivities.stream().anyMatch(activities::contains))
                    && (types.isEmpty() || types.contains(type))
                    && (minEmployees == null || employees != null && employees >= minEmployees);
        }
    }
}
