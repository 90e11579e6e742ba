package vn.nscl.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Before a login is checked: an address that tried too often is sent back at once with how long to wait, and the
 * password is not even compared (so guessing goes no faster by ignoring the answer).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final LoginAttempts attempts;

    LoginThrottleFilter(LoginThrottle throttle, LoginAttempts attempts) {
        this.throttle = throttle;
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
        Optional<Duration> wait = throttle.waitBefore(email == null ? "" : email, request.getRemoteAddr());
        if (wait.isPresent()) {
            attempts.recordThrottled(email == null ? "" : email);
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + "/login?wait=" + minutes);
            return;
        }
        chain.doFilter(request, response);
    }
}
