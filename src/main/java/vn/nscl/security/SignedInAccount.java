package vn.nscl.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.nscl.shared.AccountPrincipal;

/**
 * The principal kept in the session after login. {@code loadedAt} is when the credentials were checked: a session
 * is ended when the account was disabled or its roles changed after that moment.
 */
final class SignedInAccount implements UserDetails, CredentialsContainer, AccountPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final Locale preferredLocale;
    private final boolean enabled;
    private final boolean locked;
    private final boolean emailConfirmed;
    private final Instant loadedAt;
    private String passwordHash;

    SignedInAccount(UserAccount account, Instant now) {
        this.accountId = account.getId();
        this.email = account.getEmail();
        this.displayName = account.getDisplayName();
        this.roles = account.getRoles();
        this.preferredLocale = account.getPreferredLocale();
        this.enabled = account.isEnabled();
        this.locked = account.isLockedAt(now);
        this.emailConfirmed = account.isEmailConfirmed();
        this.loadedAt = now;
        this.passwordHash = account.getPasswordHash();
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public Locale preferredLocale() {
        return preferredLocale;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    Instant loadedAt() {
        return loadedAt;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    boolean isEmailConfirmed() {
        return emailConfirmed;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInAccount that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "SignedInAccount[" + accountId + ", " + email + "]";
    }
}
