package vn.nscl.reference;

import java.util.Locale;

/** A VSIC 2018 section (A–U) with its names and Decree 80 sector group. */
public record Sector(String code, String nameVi, String nameEn, SectorGroup group) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
