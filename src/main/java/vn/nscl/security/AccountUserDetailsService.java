package vn.nscl.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.shared.TextRules;

/** Loads the account for the login form; e-mail addresses are compared without regard to case. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(TextRules.email(username))
                .map(account -> new SignedInAccount(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given e-mail"));
    }
}
