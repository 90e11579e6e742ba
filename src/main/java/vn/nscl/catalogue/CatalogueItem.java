package vn.nscl.catalogue;

import java.util.List;
import java.util.Locale;

import vn.nscl.shared.LocalizedText;

/**
 * One tool, standard or support service of the catalogue: what it is, for whom, how long and how much effort it
 * takes, what it brings, and what should come before it.
 */
public record CatalogueItem(String code, Kind kind, boolean certifiable, LocalizedText name, LocalizedText description,
        LocalizedText audience, LocalizedText duration, LocalizedText effort, LocalizedText benefits,
        List<String> prerequisites) {

    public enum Kind { TOOL, STANDARD, SUPPORT }

    public CatalogueItem {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
