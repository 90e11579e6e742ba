package vn.nscl.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.nscl.shared.ClientRateLimit;

/**
 * How long sessions live, whatever a page left open does:
 * <ul>
 * <li>a signed-in session ends after {@code idle} without the person doing anything: Vaadin's heartbeat (a page left
 * open sends one every few minutes) does not count, and the page warns a minute before (see IdleWarning);</li>
 * <li>and in any case {@code lifetime} after signing in;</li>
 * <li>a client address may open only so many new sessions before signing in: pages that nobody signs in to cannot be
 * used to fill the server's memory.</li>
 * </ul>
 */
final class SessionLimits extends OncePerRequestFilter {

    static final String LAST_INTERACTION = "nscl.lastInteraction";

    private final Duration idle;
    private final Duration lifetime;
    private final ClientRateLimit newSessions;
    private final Clock clock;

    SessionLimits(Duration idle, Duration lifetime, int newSessionsPerTenMinutes, Clock clock) {
        this.idle = idle;
        this.lifetime = lifetime;
        this.newSessions = new ClientRateLimit("new-sessions", newSessionsPerTenMinutes, Duration.ofMinutes(10));
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session == null && opensSessions(request)
                && !newSessions.allow(ClientRateLimit.addressKey(request.getRemoteAddr()))) {
            response.setHeader("Retry-After", "600");
            Refusals.write(response, 429, "Quá nhiều phiên làm việc mới từ địa chỉ này; hãy thử lại sau 10 phút.");
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null
                && authentication.getPrincipal() instanceof SignedInAccount account) {
            Instant now = clock.instant();
            Instant signedIn = account.loadedAt(); // when the password was checked
            Instant last = attribute(session, LAST_INTERACTION, now);
            if (Duration.between(last, now).compareTo(idle) > 0 || Duration.between(signedIn, now).compareTo(lifetime) > 0) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
                    response.sendRedirect(request.getContextPath() + "/login?ended");
                    return;
                }
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_INTERACTION, now);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The open data API and its description never open a session; their clients send no cookie, so counting them
     * here would refuse a data portal after a few dozen calls (they have their own limit per minute).
     */
    private static boolean opensSessions(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/open/") && !path.startsWith("/v3/api-docs");
    }

    /** Vaadin's heartbeat: the page is open, which says nothing about the person in front of it. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }

    private static Instant attribute(HttpSession session, String name, Instant otherwise) {
        Object value = session.getAttribute(name);
        if (value instanceof Instant instant) {
            return instant;
        }
        session.setAttribute(name, otherwise);
        return otherwise;
    }
}
