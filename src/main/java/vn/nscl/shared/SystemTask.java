package vn.nscl.shared;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work the platform does on its own behalf (start-up set-up, demo data, computing recommendations after a
 * submission) with administrator rights, then restores whoever was signed in. The audit log records such work
 * without a person.
 */
public final class SystemTask {

    public static final String NAME = "system";

    private SystemTask() {
    }

    public static <T> T run(Supplier<T> work) {
        return runAs(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                AuthorityUtils.createAuthorityList("ROLE_ADMIN")), work);
    }

    public static void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    /** Runs the work signed in as someone else (a demo step as its enterprise), then restores the caller. */
    public static <T> T runAs(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
