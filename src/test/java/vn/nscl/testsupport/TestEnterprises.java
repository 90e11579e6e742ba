package vn.nscl.testsupport;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import vn.nscl.reference.Activity;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseRegistration;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.enterprise.ProfileUpdate;
import vn.nscl.shared.SystemTask;

/** Creates fresh enterprises for tests and runs code as a given account, so tests never depend on each other. */
@Component
@Profile("test")
public class TestEnterprises {

    private static final AtomicLong CODES = new AtomicLong(3_700_000_000L + (System.nanoTime() % 90_000_000L));

    private final EnterpriseService enterprises;
    private final EnterpriseProfileService profiles;
    private final UserDetailsService users;

    TestEnterprises(EnterpriseService enterprises, EnterpriseProfileService profiles, UserDetailsService users) {
        this.enterprises = enterprises;
        this.profiles = profiles;
        this.users = users;
    }

    public record Created(String email, long id) {
    }

    /** A code no enterprise has yet: a citizen ID (12 digits) for a household, a tax code (10 digits) otherwise. */
    public static String freshCode(EnterpriseType type) {
        return type == EnterpriseType.HOUSEHOLD ? "0" + (CODES.incrementAndGet() + 40_000_000_000L)
                : String.valueOf(CODES.incrementAndGet());
    }

    /** A new enterprise; with a sector, its profile names it (so it can self-assess). */
    public Created create(String sectorCode, boolean foodProducer, EnterpriseType type) {
        return create(sectorCode, foodProducer, type, "19363");
    }

    /** A new enterprise in the given commune of the served province. */
    public Created create(String sectorCode, boolean foodProducer, EnterpriseType type, String communeCode) {
        String email = "t-" + UUID.randomUUID() + "@example.vn";
        String code = freshCode(type);
        // Registered as DOST would from a paper form: the address counts as confirmed and the enterprise as verified.
        long id = SystemTask.run(() -> enterprises.register(new EnterpriseRegistration("Cơ sở thử nghiệm " + code,
                code, type, communeCode, "Người thử nghiệm", email, "0905111222", "bau-troi-xanh-ngat-2026",
                Locale.forLanguageTag("vi")))).enterpriseId();
        if (sectorCode != null) {
            as(email, () -> {
                EnterpriseSummary mine = enterprises.mine().orElseThrow();
                profiles.updateProfile(id, new ProfileUpdate(mine.communeCode(), sectorCode, "Sản phẩm thử", foodProducer,
                        Activity.guess(sectorCode, "Sản phẩm thử", foodProducer), null, null, profiles.profile(id).details().version()));
                return null;
            });
        }
        return new Created(email, id);
    }

    public <T> T as(String email, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(email);
        return SystemTask.runAs(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()),
                action);
    }

    public void run(String email, Runnable action) {
        as(email, () -> {
            action.run();
            return null;
        });
    }
}
