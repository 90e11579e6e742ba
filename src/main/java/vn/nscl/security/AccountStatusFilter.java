package vn.nscl.security;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nscl.audit.AuditLog;

/**
 * Ends a session at its next request when its account was disabled, or its roles changed, after the login. Reading
 * the state from the database on each request (one primary-key lookup) works the same with several instances of the
 * application, where an in-memory session registry would not.
 */
final class AccountStatusFilter extends OncePerRequestFilter {

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    AccountStatusFilter(UserAccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount principal
                && !stillValid(principal)) {
            audit.recordAs(principal.accountId(), principal.email(), SecurityAuditActions.SESSION_REVOKED, "account",
                    principal.accountId(), "phiên kết thúc: tài khoản bị khóa hoặc đổi vai trò");
            logout.logout(request, response, authentication);
            if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
                // A page: straight to the login form (Vaadin's own requests find their session gone and reload).
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(SignedInAccount principal) {
        return accounts.findSessionState(principal.accountId())
                .map(state -> state.enabled() && (state.sessionsRevokedAt() == null
                        || !state.sessionsRevokedAt().isAfter(principal.loadedAt())))
                .orElse(false);
    }
}
