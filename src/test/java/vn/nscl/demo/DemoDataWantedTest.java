package vn.nscl.demo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.expert.ExpertService;
import vn.nscl.security.AccountService;
import vn.nscl.shared.SeedingLock;

/**
 * Whether demo data is loaded is decided when the application starts, from the profile and the setting of that start:
 * an instance in Spring's AOT mode (deploy/) has its beans chosen when the jar was built, so the loader is always
 * there and must itself refuse production.
 */
class DemoDataWantedTest {

    private final SeedingLock seeding = mock(SeedingLock.class);

    private DemoDataLoader loader(boolean enabled, String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new DemoDataLoader(new DemoDataProperties(enabled, "nscl-demo-2026", 5), mock(ActingAs.class),
                mock(AccountService.class), mock(EnterpriseService.class), mock(ExpertService.class),
                mock(DemoProfiles.class), mock(DemoAssessments.class), mock(DemoExperts.class),
                mock(DemoRequests.class), mock(DemoApplications.class), mock(DemoPlan.class), Clock.systemUTC(),
                seeding, mock(LoadTestAccounts.class), environment);
    }

    @Test
    void the_prod_profile_never_gets_demo_data_even_when_the_setting_asks_for_it() throws Exception {
        loader(true, "prod").run(new DefaultApplicationArguments());

        verifyNoInteractions(seeding);
    }

    @Test
    void without_the_setting_there_is_no_demo_data() throws Exception {
        loader(false).run(new DefaultApplicationArguments());

        verifyNoInteractions(seeding);
    }

    @Test
    void with_the_setting_outside_production_the_demo_data_is_seeded() throws Exception {
        loader(true, "postgres").run(new DefaultApplicationArguments());

        verify(seeding).inTransaction(any(Runnable.class));
    }
}
