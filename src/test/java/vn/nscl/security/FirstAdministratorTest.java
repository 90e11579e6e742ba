package vn.nscl.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

import vn.nscl.shared.SeedingLock;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The first administrator from NSCL_ADMIN_EMAIL is made in production only, decided when the application starts (an
 * instance in Spring's AOT mode has its beans chosen when the jar was built, without the prod profile).
 */
class FirstAdministratorTest {

    private final SeedingLock seeding = mock(SeedingLock.class);
    private final AccountService accounts = mock(AccountService.class);

    private FirstAdministrator firstAdministrator(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new FirstAdministrator(accounts,
                new FirstAdministrator.Settings("quantri@soKHCN.quangtri.gov.vn", "một mật khẩu dài và lạ"), seeding,
                environment, new TranslationProvider());
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

    @Test
    void a_refused_administrator_stops_the_start_saying_in_plain_english_what_to_change() {
        seedingRunsItsWork();
        when(accounts.createAccount(any(), anySet())).thenThrow(UserFacingException.ofFields(List.of(
                new FieldProblem("password", "password.error.personal"),
                new FieldProblem("email", "account.error.email-invalid"))));

        assertThatThrownBy(() -> firstAdministrator("prod").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NSCL_ADMIN_PASSWORD was refused")
                .hasMessageContaining("password: The password must not contain your e-mail")
                .hasMessageContaining("(password.error.personal)")
                .hasMessageContaining("email: This is not an e-mail address")
                .hasMessageNotContaining("common password");
    }

    @Test
    void a_refusal_without_a_field_names_its_reason_too() {
        seedingRunsItsWork();
        when(accounts.createAccount(any(), anySet())).thenThrow(new UserFacingException("account.error.email-taken"));

        assertThatThrownBy(() -> firstAdministrator("prod").run(new DefaultApplicationArguments()))
                .hasMessageEndingWith("was refused: This e-mail is already used by another account. "
                        + "(account.error.email-taken)");
    }

    private void seedingRunsItsWork() {
        doAnswer(call -> {
            call.<Runnable>getArgument(0).run();
            return null;
        }).when(seeding).inTransaction(any(Runnable.class));
    }
}
