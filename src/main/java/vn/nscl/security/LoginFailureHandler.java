package vn.nscl.security;

import java.io.IOException;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.nscl.shared.TextRules;

/**
 * Sends a failed login back to the login page. A wrong password, an unknown e-mail and a locked account all get the
 * same answer, so the page tells nobody which accounts exist or are locked; the owner of a locked account learns it by
 * mail, with a link that lifts the lock. Only someone who typed the right password is told that the account is
 * disabled or that its address still needs confirming.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    private final LoginAttempts loginAttempts;
    private final LoginThrottle throttle;

    LoginFailureHandler(LoginAttempts loginAttempts, LoginThrottle throttle) {
        this.loginAttempts = loginAttempts;
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String typed = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
        String email = typed == null ? "" : typed;
        String outcome;
        if (exception instanceof DisabledException) {
            loginAttempts.recordRefused(email, "disabled");
            outcome = "disabled";
        } else if (exception instanceof EmailNotConfirmedException) {
            loginAttempts.recordRefused(email, "unconfirmed");
            outcome = "unconfirmed";
        } else {
            throttle.failed(email, request.getRemoteAddr());
            if (exception instanceof LockedException) {
                loginAttempts.recordRefused(email, "locked");
            } else {
                loginAttempts.recordFailure(email);
            }
            outcome = "error";
        }
        // The form shows the address again (kept in the session, never in the URL), so only the password is retyped.
        request.getSession().setAttribute(LastLoginEmail.ATTRIBUTE, TextRules.email(email.length() > 254 ? "" : email));
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }
}
