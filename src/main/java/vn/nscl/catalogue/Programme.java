package vn.nscl.catalogue;

import java.util.List;
import java.util.Locale;

import vn.nscl.shared.LocalizedText;

/**
 * A support programme of the plan (Appendix II and the plan's targets): what it does, what an enterprise gets, who
 * is eligible, and which catalogue tools and standards it can help pay for.
 */
public record Programme(String code, LocalizedText name, String planRef, LocalizedText description,
        LocalizedText support, LocalizedText eligibility, List<String> funds) {

    public Programme {
        funds = funds == null ? List.of() : List.copyOf(funds);
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
