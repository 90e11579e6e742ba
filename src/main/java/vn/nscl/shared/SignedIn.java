package vn.nscl.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in account, for services that check that the caller may touch a record. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Optional<AccountPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** Who is acting, for records that name them: the signed-in e-mail, or "system" for the platform's own work. */
    public static String actor() {
        return principal().map(AccountPrincipal::email).orElse(SystemTask.NAME);
    }

    /**
     * Who acts, as a person reads it on a timeline: the signed-in account's name (its e-mail when it has none), or
     * the platform itself for a background task.
     */
    public static String actorName() {
        return principal().map(p -> p.displayName() == null || p.displayName().isBlank() ? p.email()
                : p.displayName()).orElse(SystemTask.NAME);
    }

    /** The signed-in account's id; refuses with a clear message when nobody is signed in. */
    public static long accountId() {
        return principal().map(AccountPrincipal::accountId)
                .orElseThrow(() -> new UserFacingException("error.not-signed-in"));
    }

    /** Whether the signed-in account holds the role, given without the {@code ROLE_} prefix. */
    public static boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        String authority = "ROLE_" + role;
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
