package vn.nscl.shared;

import java.util.Locale;

/**
 * What every module may know about the signed-in person, without depending on how accounts are stored: the
 * account id (to check ownership), the e-mail (for the audit log), the name to greet and the preferred language.
 */
public interface AccountPrincipal {

    long accountId();

    String email();

    String displayName();

    Locale preferredLocale();
}
