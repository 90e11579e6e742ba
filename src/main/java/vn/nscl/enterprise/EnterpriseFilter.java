package vn.nscl.enterprise;

import vn.nscl.shared.TextRules;

/**
 * A search of enterprises; null or blank parts are ignored. The text is matched without case or diacritics ("cam lo"
 * finds "Cam Lộ"), because many people type Vietnamese without accents on a phone.
 */
public record EnterpriseFilter(String text, String communeCode, String sectorCode) {

    String likePattern() {
        return TextRules.foldedSearchPattern(text);
    }
}
