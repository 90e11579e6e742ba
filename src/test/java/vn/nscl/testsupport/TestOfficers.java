package vn.nscl.testsupport;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.nscl.security.AccountService;
import vn.nscl.security.NewAccount;
import vn.nscl.security.Role;

/** Fresh DOST officer accounts for tests that change or erase one, so the demo officers stay as they are. */
@Component
@Profile("test")
public class TestOfficers {

    public record Officer(String email, long accountId) {
    }

    private final AccountService accounts;
    private final TestEnterprises as;

    TestOfficers(AccountService accounts, TestEnterprises as) {
        this.accounts = accounts;
        this.as = as;
    }

    /** A new officer account with the given display name, created by the administrator. */
    public Officer named(String displayName) {
        String email = "can-bo-" + UUID.randomUUID() + "@sokhcn.example.vn";
        long id = as.as("admin@example.com", () -> accounts.createAccount(new NewAccount(email,
                "mot-mat-khau-rat-dai-2026", displayName, "0233 3852 111", "Sở KH&CN", Locale.forLanguageTag("vi")),
                Set.of(Role.OFFICER)));
        return new Officer(email, id);
    }
}
