package vn.nscl.enterprise;

import java.util.Locale;

import vn.nscl.shared.TextRules;

/** A search of enterprises; null or blank parts are ignored. */
public record EnterpriseFilter(String text, String communeCode, String sectorCode) {

    String likePattern() {
        String cleaned = TextRules.singleLine(text).toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        return cleaned.isEmpty() ? null : "%" + cleaned + "%";
    }
}
