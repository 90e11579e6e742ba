package vn.nscl.security;

import java.io.IOException;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a failed login back to the login page with the reason the user can act on: wrong credentials, account
 * locked for a while (including by this very attempt), or account disabled by an administrator.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    private final LoginAttempts loginAttempts;

    LoginFailureHandler(LoginAttempts loginAttempts) {
        this.loginAttempts = loginAttempts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String typed = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
        String email = typed == null ? "" : typed;
        String reason;
        if (exception instanceof LockedException) {
            loginAttempts.recordRefused(email, "locked");
            reason = "locked";
        } else if (exception instanceof DisabledException) {
            loginAttempts.recordRefused(email, "disabled");
            reason = "disabled";
        } else {
            reason = loginAttempts.recordFailure(email) == LoginAttempts.Outcome.LOCKED ? "locked" : "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
