package vn.nscl.shared;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.internal.CurrentInstance;

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

    /**
     * Runs the work signed in as someone else (a demo step as its enterprise), then restores the caller. Inside a
     * Vaadin request Spring Security reads the signed-in user from the Vaadin session before the thread's context,
     * so the Vaadin instances of the thread are set aside while the work runs (the work never needs the UI).
     */
    public static <T> T runAs(Authentication authentication, Supplier<T> work) {
        Map<Class<?>, CurrentInstance> vaadin = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            CurrentInstance.restoreInstances(vaadin);
        }
    }
}
