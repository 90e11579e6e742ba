package vn.nscl.catalogue;

import java.util.Locale;

import vn.nscl.shared.LocalizedText;

/** One tool, standard or support service of the catalogue. */
public record CatalogueItem(String code, Kind kind, boolean certifiable, LocalizedText name) {

    public enum Kind { TOOL, STANDARD, SUPPORT }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
