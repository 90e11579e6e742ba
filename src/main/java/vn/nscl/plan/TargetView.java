package vn.nscl.plan;

import java.math.BigDecimal;
import java.util.Locale;

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

    public boolean fromPlatform() {
        return metric != null;
    }
}
