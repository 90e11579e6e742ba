package vn.nscl.security;

import com.vaadin.flow.server.WrappedSession;

/**
 * The address typed at the last failed sign-in of this browser session, so the login form shows it again and only
 * the password is retyped. Kept in the session, never in a URL (addresses must not end up in logs and histories).
 */
public final class LastLoginEmail {

    static final String ATTRIBUTE = "nscl.login.last-email";

    private LastLoginEmail() {
    }

    public static String of(WrappedSession session) {
        Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
        return value instanceof String email ? email : "";
    }
}
