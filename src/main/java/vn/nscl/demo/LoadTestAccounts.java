package vn.nscl.demo;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseRegistration;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.enterprise.ProfileUpdate;
import vn.nscl.reference.Activity;
import vn.nscl.security.AccountService;
import vn.nscl.shared.SeedingLock;

/**
 * The enterprises a load test signs in as ({@code nscl.demo-data.load-test-enterprises}, none by default):
 * {@code tai-1@example.vn}, {@code tai-2@example.vn}, … with the demo password, registered and given a sector
 * through the same services as everyone (so each can start a quick check at once). Added once by the demo data's
 * loader, after the demo data, so never where the demo data is off.
 */
@Component
class LoadTestAccounts {

    private static final Logger log = LoggerFactory.getLogger(LoadTestAccounts.class);
    private static final String[] SECTORS = {"C", "A", "G", "F", "I"};
    private static final String COMMUNE = "19363";

    private final DemoDataProperties properties;
    private final ActingAs acting;
    private final AccountService accounts;
    private final EnterpriseService enterprises;
    private final EnterpriseProfileService profiles;
    private final SeedingLock seeding;

    LoadTestAccounts(DemoDataProperties properties, ActingAs acting, AccountService accounts,
            EnterpriseService enterprises, EnterpriseProfileService profiles, SeedingLock seeding) {
        this.properties = properties;
        this.acting = acting;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.profiles = profiles;
        this.seeding = seeding;
    }

    static String email(int number) {
        return "tai-" + number + "@example.vn";
    }

    void addIfWanted() {
        int wanted = properties.loadTestEnterprises();
        if (wanted <= 0) {
            return;
        }
        seeding.inTransaction(() -> {
            if (acting.platform(() -> accounts.emailExists(email(wanted)))) {
                return; // all there already (they are added in one transaction, so the last one tells)
            }
            long started = System.nanoTime();
            acting.platform(() -> accounts.withOneHashPerPassword(() -> {
                for (int i = 1; i <= wanted; i++) {
                    enterprises.register(new EnterpriseRegistration("Cơ sở thử tải " + i,
                            String.valueOf(3_900_000_000L + i), EnterpriseType.ENTERPRISE, COMMUNE, "Người thử tải " + i,
                            email(i), "0905" + String.format("%06d", i), properties.password(),
                            Locale.forLanguageTag("vi")));
                }
                return null;
            }));
            for (int i = 1; i <= wanted; i++) {
                String sector = SECTORS[i % SECTORS.length];
                acting.account(email(i), () -> {
                    EnterpriseSummary mine = enterprises.mine().orElseThrow();
                    EnterpriseProfile profile = profiles.profile(mine.id());
                    profiles.updateProfile(mine.id(), new ProfileUpdate(COMMUNE, sector, "Sản phẩm thử tải", false,
                            Activity.guess(sector, "Sản phẩm thử tải", false), 0, "", profile.details().version()));
                    return null;
                });
            }
            log.info("{} load-test enterprises added in {} ms (tai-1@example.vn … {})", wanted,
                    (System.nanoTime() - started) / 1_000_000, email(wanted));
        });
    }
}
