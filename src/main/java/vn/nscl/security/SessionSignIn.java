package vn.nscl.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

/**
 * Signs a person in within the current browser session right after they registered, so they need not type the
 * password twice. Same checks and audit as the login form; the session id is renewed against session fixation.
 */
@Component
public class SessionSignIn {

    private final AccountUserDetailsService users;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts loginAttempts;
    private final HttpSessionSecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    SessionSignIn(AccountUserDetailsService users, PasswordEncoder passwordEncoder, LoginAttempts loginAttempts) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.loginAttempts = loginAttempts;
    }

    public void signIn(String email, String password) {
        SignedInAccount account = (SignedInAccount) users.loadUserByUsername(email);
        if (!account.isEnabled() || !account.isAccountNonLocked()
                || !passwordEncoder.matches(password, account.getPassword())) {
            throw new BadCredentialsException("Registration sign-in refused");
        }
        account.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities());
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinService.reinitializeSession(request);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request.getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        loginAttempts.recordSuccess(account.accountId());
    }
}
