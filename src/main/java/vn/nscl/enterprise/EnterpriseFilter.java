package vn.nscl.enterprise;

import vn.nscl.shared.TextRules;

/** A search of enterprises; null or blank parts are ignored. */
public record EnterpriseFilter(String text, String communeCode, String sectorCode) {

    String likePattern() {
        return TextRules.searchPattern(text);
    }
}
