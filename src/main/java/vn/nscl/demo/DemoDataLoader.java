package vn.nscl.demo;

import java.time.Clock;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseRegistration;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.ExpertRegistration;
import vn.nscl.expert.ExpertService;
import vn.nscl.security.AccountService;
import vn.nscl.security.NewAccount;
import vn.nscl.security.Role;
import vn.nscl.shared.SeedingLock;

/**
 * Loads the demo data through the same services users go through, so it obeys every rule real data does. Runs once:
 * when the database already has the demo administrator, it does nothing.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_ADMIN = "admin@example.com";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DemoDataProperties properties;
    private final ActingAs acting;
    private final AccountService accounts;
    private final EnterpriseService enterprises;
    private final ExpertService experts;
    private final DemoProfiles profiles;
    private final DemoAssessments assessments;
    private final DemoExperts demoExperts;
    private final DemoRequests demoRequests;
    private final DemoApplications demoApplications;
    private final DemoPlan demoPlan;
    private final Clock clock;
    @PersistenceContext
    private EntityManager entityManager;
    private final SeedingLock seeding;
    private final LoadTestAccounts loadTestAccounts;
    private final Environment environment;

    DemoDataLoader(DemoDataProperties properties, ActingAs acting, AccountService accounts,
            EnterpriseService enterprises, ExpertService experts, DemoProfiles profiles, DemoAssessments assessments,
            DemoExperts demoExperts, DemoRequests demoRequests, DemoApplications demoApplications, DemoPlan demoPlan,
            Clock clock, SeedingLock seeding, LoadTestAccounts loadTestAccounts, Environment environment) {
        this.environment = environment;
        this.seeding = seeding;
        this.loadTestAccounts = loadTestAccounts;
        this.properties = properties;
        this.acting = acting;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.experts = experts;
        this.profiles = profiles;
        this.assessments = assessments;
        this.demoExperts = demoExperts;
        this.demoRequests = demoRequests;
        this.demoApplications = demoApplications;
        this.demoPlan = demoPlan;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted()) {
            return;
        }
        seeding.inTransaction(() -> {
            if (!acting.platform(() -> accounts.emailExists(DEMO_ADMIN))) {
                load();
            }
        });
        loadTestAccounts.addIfWanted();
    }

    /**
     * Only when asked for, and never in production. Decided when the application starts, not with @Profile and
     * @ConditionalOnProperty: an instance started in Spring's AOT mode (deploy/) has the beans chosen when the jar was
     * built, and the jar's defaults ask for demo data.
     */
    private boolean wanted() {
        return properties.enabled() && !environment.matchesProfiles("prod");
    }

    private void load() {
        long started = System.nanoTime();
        String password = properties.password();
        int currentYear = Year.now(clock).getValue();
        List<CSVRecord> enterpriseRows = DemoCsv.read("enterprises.csv");
        // All demo accounts share the README's password: it is hashed once, not once per account.
        acting.platform(() -> accounts.withOneHashPerPassword(() -> {
            DemoCsv.read("staff.csv").forEach(row -> accounts.createAccount(new NewAccount(row.get("email"), password,
                    row.get("display_name"), row.get("phone"), row.get("organisation"), VIETNAMESE),
                    roles(row.get("roles"))));
            enterpriseRows.forEach(row -> enterprises.register(new EnterpriseRegistration(row.get("name"),
                    row.get("code"), EnterpriseType.valueOf(row.get("type")), row.get("commune_code"),
                    row.get("contact_person"), row.get("email"), row.get("phone"), password, VIETNAMESE)));
            DemoCsv.read("experts.csv").forEach(row -> experts.register(new ExpertRegistration(row.get("full_name"),
                    row.get("email"), row.get("phone"), row.get("organisation"), password, VIETNAMESE)));
            return null;
        }));
        phase("accounts", started);
        profiles.load(enterpriseRows, currentYear);
        phase("profiles", started);
        assessments.load(enterpriseRows, currentYear);
        phase("assessments", started);
        demoExperts.load();
        phase("experts", started);
        demoRequests.load();
        phase("requests", started);
        demoApplications.load();
        phase("applications", started);
        demoPlan.load();
        phase("plan", started);
        log.info("Demo data loaded in {} ms: sign in as {} (and the other accounts in the README) with the demo "
                + "password", (System.nanoTime() - started) / 1_000_000, DEMO_ADMIN);
    }

    /**
     * Ends a phase: its rows are written and the persistence context emptied. The demo data is loaded in one
     * transaction (all or nothing); without this, every query of a later phase would first check thousands of
     * entities of the earlier ones for changes, and the load would slow down as it grows.
     */
    private void phase(String name, long started) {
        entityManager.flush();
        entityManager.clear();
        log.debug("Demo data: {} done at {} ms", name, (System.nanoTime() - started) / 1_000_000);
    }

    private static Set<Role> roles(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : list.split("\\|")) {
            roles.add(Role.valueOf(role.strip()));
        }
        return roles;
    }
}
