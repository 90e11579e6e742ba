package vn.nscl.plan;

import java.math.BigDecimal;
import java.util.Locale;

import vn.nscl.shared.ui.Numbers;

/** A target as shown and edited: from the platform's own records ({@code metric}) or a partner's reports. */
public record TargetView(String code, long version, String nameVi, String nameEn, String sourceItem, String unitVi,
        String unitEn, int yearFrom, int yearTo, BigDecimal targetMin, BigDecimal targetMax, TargetKind kind,
        Metric metric, String agencyCode) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public String unit(Locale locale) {
        return "en".equals(locale.getLanguage()) ? unitEn : unitVi;
    }

    /** The target as read: "5" or a range "5–10", in the reader's number format. */
    public String range(Locale locale) {
        return Numbers.decimal(targetMin, locale) + (targetMax == null ? "" : "–" + Numbers.decimal(targetMax, locale));
    }

    public boolean fromPlatform() {
        return metric != null;
    }
}
