package vn.nscl.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.nscl.audit.AuditLog;

/** Records each logout in the audit log. */
final class LogoutAuditHandler implements LogoutHandler {

    private final AuditLog audit;

    LogoutAuditHandler(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount principal) {
            audit.recordAs(principal.accountId(), principal.email(), SecurityAuditActions.LOGOUT, "account",
                    principal.accountId(), null);
        }
    }
}
