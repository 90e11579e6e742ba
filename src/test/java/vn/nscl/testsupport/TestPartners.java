package vn.nscl.testsupport;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.nscl.plan.PartnerService;
import vn.nscl.security.AccountService;
import vn.nscl.security.NewAccount;
import vn.nscl.security.Role;

/** Fresh partner accounts for tests: each a member of the given agency, so tests never share one. */
@Component
@Profile("test")
public class TestPartners {

    private final AccountService accounts;
    private final PartnerService partners;
    private final TestEnterprises as;

    TestPartners(AccountService accounts, PartnerService partners, TestEnterprises as) {
        this.accounts = accounts;
        this.partners = partners;
        this.as = as;
    }

    /** A new partner account of the agency; its e-mail. */
    public String of(String agency) {
        String email = "partner-" + UUID.randomUUID() + "@example.vn";
        long id = as.as("admin@example.com", () -> accounts.createAccount(new NewAccount(email, "mat-khau-doi-tac-1",
                "Cán bộ " + agency, "0905111222", agency, Locale.forLanguageTag("vi")), Set.of(Role.PARTNER)));
        as.run("officer@example.com", () -> partners.setMembership(id, agency));
        return email;
    }
}
