package vn.nscl.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

/**
 * Keeps the current browser session signed in after all sessions of its account were ended (a password change): its
 * principal is issued again, dated now, so the check on the next request finds it newer than the revocation.
 */
@Component
class CurrentSession {

    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    void renew(SignedInAccount account) {
        account.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities());
        SecurityContext context = SecurityContextHolder.getContext();
        context.setAuthentication(authentication);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            repository.saveContext(context, request.getHttpServletRequest(),
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
        }
    }
}
