package vn.nscl.security;

import java.util.Locale;

/** Who to tell something and in which language (for notifications and mails). */
public record AccountContact(long id, String email, String displayName, Locale language, boolean enabled) {
}
