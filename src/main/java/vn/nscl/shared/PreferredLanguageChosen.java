package vn.nscl.shared;

import java.util.Locale;

/** A user picked the language of the interface; whoever knows the signed-in account remembers it. */
public record PreferredLanguageChosen(Locale locale) {
}
