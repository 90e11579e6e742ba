package vn.nscl.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

import vn.nscl.shared.SeedingLock;

/**
 * The first administrator from NSCL_ADMIN_EMAIL is made in production only, decided when the application starts (an
 * instance in Spring's AOT mode has its beans chosen when the jar was built, without the prod profile).
 */
class FirstAdministratorTest {

    private final SeedingLock seeding = mock(SeedingLock.class);

    private FirstAdministrator firstAdministrator(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new FirstAdministrator(mock(AccountService.class),
                new FirstAdministrator.Settings("quantri@soKHCN.quangtri.gov.vn", "một mật khẩu dài và lạ"), seeding,
                environment);
    }

    @Test
    void outside_production_nothing_is_made() {
        firstAdministrator().run(new DefaultApplicationArguments());
        firstAdministrator("postgres").run(new DefaultApplicationArguments());

        verifyNoInteractions(seeding);
    }

    @Test
    void in_production_the_administrator_is_made_when_there_is_none() {
        firstAdministrator("prod").run(new DefaultApplicationArguments());

        verify(seeding).inTransaction(any(Runnable.class));
    }
}
