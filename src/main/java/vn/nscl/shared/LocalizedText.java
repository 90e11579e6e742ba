package vn.nscl.shared;

import java.util.Locale;

/** A text written in Vietnamese and English, as data files hold it. */
public record LocalizedText(String vi, String en) {

    /** The text in the user's language; Vietnamese for every language but English. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : vi;
    }

    public boolean hasBothLanguages() {
        return vi != null && !vi.isBlank() && en != null && !en.isBlank();
    }
}
