package vn.nscl.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.enterprise.EnterpriseRegistration;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.ExpertRegistration;
import vn.nscl.expert.ExpertService;
import vn.nscl.security.AccountService;
import vn.nscl.security.NewAccount;
import vn.nscl.security.Role;

/**
 * Loads the demo data through the same services users go through, so it obeys every rule real data does. Runs once:
 * when the database already has the demo administrator, it does nothing.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "nscl.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_ADMIN = "admin@example.com";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DemoDataProperties properties;
    private final AccountService accounts;
    private final EnterpriseService enterprises;
    private final ExpertService experts;
    private final TransactionTemplate transaction;

    DemoDataLoader(DemoDataProperties properties, AccountService accounts, EnterpriseService enterprises,
            ExpertService experts, TransactionTemplate transaction) {
        this.properties = properties;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.experts = experts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext();
        // The loader acts as the platform itself; the audit log records these entries without a person.
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "demo-data-loader", null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
        try {
            transaction.executeWithoutResult(status -> {
                if (accounts.emailExists(DEMO_ADMIN)) {
                    return;
                }
                load();
            });
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void load() {
        String password = properties.password();
        readCsv("staff.csv", row -> accounts.createAccount(new NewAccount(row.get("email"), password,
                row.get("display_name"), row.get("phone"), row.get("organisation"), VIETNAMESE),
                roles(row.get("roles"))));
        readCsv("enterprises.csv", row -> enterprises.register(new EnterpriseRegistration(row.get("name"),
                row.get("code"), EnterpriseType.valueOf(row.get("type")), row.get("commune_code"),
                row.get("contact_person"), row.get("email"), row.get("phone"), password, VIETNAMESE)));
        readCsv("experts.csv", row -> experts.register(new ExpertRegistration(row.get("full_name"), row.get("email"),
                row.get("phone"), row.get("organisation"), password, VIETNAMESE)));
        log.info("Demo data loaded: sign in as {} (and the other accounts in the README) with the demo password",
                DEMO_ADMIN);
    }

    private static Set<Role> roles(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : list.split("\\|")) {
            roles.add(Role.valueOf(role.strip()));
        }
        return roles;
    }

    private static void readCsv(String file, Consumer<CSVRecord> action) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo/" + file);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                List<CSVRecord> rows = CSV.parse(reader).getRecords();
                rows.forEach(action);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo/" + file, e);
        }
    }
}
