package vn.nscl.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.nscl.testsupport.MutableClock;

/** The login form, lock-out and session ending as a browser meets them: real HTTP against the running server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    private String newEnterpriseAccount() {
        String email = "login-" + UUID.randomUUID() + "@example.vn";
        accounts.registerSelf(new NewAccount(email, "mat-khau-dung-2026", "Người thử", "0905000111", "",
                Locale.forLanguageTag("vi")), Role.ENTERPRISE);
        return email;
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private String login(HttpClient browser, String email, String password) throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private int statusOf(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void asAdmin(Runnable action) {
        var admin = users.loadUserByUsername("admin@example.com");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes_and_the_user_is_told() throws Exception {
        String email = newEnterpriseAccount();
        HttpClient browser = browser();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(login(browser, email, "sai-mat-khau-" + attempt)).as("attempt %d", attempt).endsWith("/login?error");
        }
        assertThat(login(browser, email, "sai-mat-khau-5")).endsWith("/login?locked");
        assertThat(login(browser, email, "mat-khau-dung-2026")).as("right password while locked").endsWith("/login?locked");

        clock.advance(Duration.ofMinutes(14));
        assertThat(login(browser, email, "mat-khau-dung-2026")).as("still locked after 14 minutes")
                .endsWith("/login?locked");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(login(browser, email, "mat-khau-dung-2026")).endsWith("/home");

        assertThat(jdbc.queryForList("select action from audit_event where actor_email = ? order by id",
                String.class, email)).containsSubsequence("LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE",
                "LOGIN_FAILURE", "LOGIN_FAILURE", "ACCOUNT_LOCKED", "LOGIN_REFUSED", "LOGIN_SUCCESS");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_email = ? and ip_address is null "
                + "and action like 'LOGIN%'", Integer.class, email)).as("every login event records the address").isZero();
    }

    @Test
    void a_successful_login_resets_the_count_of_failures() throws Exception {
        String email = newEnterpriseAccount();
        HttpClient browser = browser();
        for (int attempt = 1; attempt <= 4; attempt++) {
            login(browser, email, "sai-" + attempt + "-mat-khau");
        }
        assertThat(login(browser(), email, "mat-khau-dung-2026")).endsWith("/home");
        assertThat(login(browser(), email, "sai-lan-nua")).endsWith("/login?error");
    }

    @Test
    void an_unknown_email_gets_the_same_answer_as_a_wrong_password_and_is_audited() throws Exception {
        assertThat(login(browser(), "khong-ton-tai@example.vn", "bat-ky-mat-khau")).endsWith("/login?error");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILURE' "
                + "and actor_email = 'khong-ton-tai@example.vn'", Integer.class)).isEqualTo(1);
    }

    @Test
    void disabling_an_account_ends_its_open_session_and_refuses_new_logins() throws Exception {
        String email = newEnterpriseAccount();
        HttpClient browser = browser();
        assertThat(login(browser, email, "mat-khau-dung-2026")).endsWith("/home");
        assertThat(statusOf(browser, "/home")).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        long version = jdbc.queryForObject("select version from user_account where id = ?", Long.class, id);
        asAdmin(() -> accounts.disable(id, version));

        assertThat(statusOf(browser, "/home")).as("the open session ends").isEqualTo(302);
        assertThat(login(browser(), email, "mat-khau-dung-2026")).endsWith("/login?disabled");
        assertThat(jdbc.queryForList("select action from audit_event where actor_email = ? order by id",
                String.class, email)).contains("SESSION_REVOKED", "LOGIN_REFUSED");
    }

    @Test
    void sessions_end_after_thirty_idle_minutes_even_with_a_page_open() {
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        assertThat(environment.getProperty("vaadin.closeIdleSessions")).isEqualTo("true");
    }

    @Test
    void protected_pages_send_an_anonymous_visitor_to_the_login_page_and_public_ones_do_not() throws Exception {
        HttpClient browser = browser();
        assertThat(statusOf(browser, "/home")).isEqualTo(302);
        assertThat(statusOf(browser, "/admin/accounts")).isEqualTo(302);
        assertThat(statusOf(browser, "/")).isEqualTo(200);
        assertThat(statusOf(browser, "/register/enterprise")).isEqualTo(200);
        assertThat(statusOf(browser, "/styles/app.css")).isEqualTo(200);
        assertThat(statusOf(browser, "/images/logo.svg")).isEqualTo(200);
    }
}
