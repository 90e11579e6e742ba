package vn.nscl.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

@SpringBootTest
class ExpertRegistrationTest {

    @Autowired
    ExpertService experts;

    @Autowired
    JdbcTemplate jdbc;

    private static ExpertRegistration registration(String email) {
        return new ExpertRegistration("ThS. Lê Thị Năng Suất", email, "0983 111 222", "Viện Năng suất Việt Nam",
                "chuyen-gia-5s-kaizen", Locale.forLanguageTag("vi"));
    }

    @Test
    void an_expert_registers_with_an_account_of_the_expert_role() {
        String email = "cg-" + UUID.randomUUID() + "@example.vn";
        long id = experts.register(registration(email)).orElseThrow();
        assertThat(jdbc.queryForObject("select full_name from expert where id = ?", String.class, id))
                .isEqualTo("ThS. Lê Thị Năng Suất");
        assertThat(jdbc.queryForObject("select r.role from user_account a join user_account_role r "
                + "on r.user_account_id = a.id where a.email = ?", String.class, email)).isEqualTo("EXPERT");
        assertThat(jdbc.queryForList("select action from audit_event where actor_email = ?", String.class, email))
                .contains("ACCOUNT_REGISTERED", "EXPERT_REGISTERED");
    }

    @Test
    void an_email_that_has_an_account_is_not_revealed_and_nothing_is_created() {
        int before = jdbc.queryForObject("select count(*) from user_account", Integer.class);
        assertThat(experts.register(registration("expert@example.com"))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = 'expert@example.com'",
                Integer.class)).isPositive();
    }

    @Test
    void bad_input_is_reported_per_field_and_nothing_is_created() {
        int before = jdbc.queryForObject("select count(*) from user_account", Integer.class);
        var bad = new ExpertRegistration("", "not-an-email", "", "T".repeat(201), "short", Locale.ENGLISH);
        assertThatThrownBy(() -> experts.register(bad))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems()).contains(
                        new FieldProblem("fullName", "error.required"),
                        new FieldProblem("email", "account.error.email-invalid"),
                        new FieldProblem("phone", "error.required"),
                        new FieldProblem("organisation", "error.too-long", 200),
                        new FieldProblem("password", "password.error.too-short")));
        assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("expert@example.com")
    void an_expert_reads_its_own_record_only() {
        assertThat(experts.mine()).get().extracting(ExpertSummary::email).isEqualTo("expert@example.com");
        assertThatThrownBy(() -> experts.count()).isInstanceOf(AccessDeniedException.class);
    }
}
