package vn.nscl.plan;

import java.util.Locale;

/** A partner agency by code and name. */
public record AgencyView(String code, String nameVi, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
