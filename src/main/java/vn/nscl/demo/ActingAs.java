package vn.nscl.demo;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.nscl.shared.SystemTask;

/**
 * Runs demo-data steps as the person who would really do them: an enterprise edits its own profile, the platform
 * itself (with the administrator's rights) creates accounts and records paper assessments.
 */
@Component
class ActingAs {

    private final UserDetailsService users;

    ActingAs(UserDetailsService users) {
        this.users = users;
    }

    <T> T platform(Supplier<T> action) {
        return SystemTask.run(action);
    }

    <T> T account(String email, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(email);
        return SystemTask.runAs(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
                action);
    }
}
