package vn.nscl.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class DemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void demo_enterprises_spread_across_communes_and_types() {
        assertThat(jdbc.queryForObject("select count(*) from enterprise", Integer.class)).isGreaterThanOrEqualTo(20);
        assertThat(jdbc.queryForObject("select count(distinct commune_code) from enterprise", Integer.class))
                .isGreaterThanOrEqualTo(15);
        assertThat(jdbc.queryForList("select distinct enterprise_type from enterprise", String.class))
                .containsExactlyInAnyOrder("ENTERPRISE", "COOPERATIVE", "HOUSEHOLD");
        assertThat(jdbc.queryForObject("select count(*) from expert", Integer.class)).isGreaterThanOrEqualTo(15);
    }

    @Test
    void the_five_demo_accounts_sign_in_with_the_demo_password_and_hold_their_role() {
        var expected = java.util.Map.of("enterprise@example.com", "ROLE_ENTERPRISE", "expert@example.com",
                "ROLE_EXPERT", "officer@example.com", "ROLE_OFFICER", "partner@example.com", "ROLE_PARTNER",
                "admin@example.com", "ROLE_ADMIN");
        expected.forEach((email, role) -> {
            var user = users.loadUserByUsername(email);
            assertThat(passwordEncoder.matches("nscl-demo-2026", user.getPassword())).as(email).isTrue();
            assertThat(user.getAuthorities()).extracting(Object::toString).as(email).isEqualTo(java.util.List.of(role));
        });
    }

    @Test
    void demo_data_is_loaded_once() {
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = 'admin@example.com'",
                Integer.class)).isEqualTo(1);
        assertThat(Set.of(jdbc.queryForList("select email from user_account", String.class).toArray()))
                .hasSize(jdbc.queryForObject("select count(*) from user_account", Integer.class));
    }
}
