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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;
import vn.nscl.shared.SystemTask;
import vn.nscl.testsupport.MutableClock;

/**
 * The login form as a browser (and an attacker) meets it: real HTTP against the running server, from several client
 * addresses (the test names itself a trusted proxy, so its X-Forwarded-For is believed, as a real proxy's would be).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nscl.security.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1")
class LoginOverHttpTest {

    private static final String RIGHT = "mat-khau-dung-2026";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    UserDetailsService users;

    /** A browser: its own cookies, coming from its own address. */
    private record Browser(HttpClient client, String address) {
    }

    private Browser browser(String address) {
        return new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build(), address);
    }

    private static String newAddress() {
        return "203.0." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }

    private String newAccount(Role role) {
        String email = "login-" + UUID.randomUUID() + "@example.vn";
        // Opened by staff, so the address counts as confirmed.
        SystemTask.run(() -> accounts.registerSelf(new NewAccount(email, RIGHT, "Người thử", "0905000111", "",
                Locale.forLanguageTag("vi")), role, List.of()));
        return email;
    }

    private HttpResponse<String> get(Browser browser, String path) throws IOException, InterruptedException {
        return browser.client().send(HttpRequest.newBuilder(URI.create(url(path))).header("X-Forwarded-For",
                browser.address()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in as the page's form does: with the CSRF token the login page carries. Returns where it redirects. */
    private String login(Browser browser, String email, String password) throws IOException, InterruptedException {
        String page = get(browser, "/login").body();
        Matcher token = CSRF.matcher(page);
        Matcher parameter = CSRF_PARAMETER.matcher(page);
        assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
        assertThat(parameter.find()).isTrue();
        return post(browser, form(email, password) + "&" + parameter.group(1) + "="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
    }

    private void heartbeat(Browser browser) throws IOException, InterruptedException {
        browser.client().send(HttpRequest.newBuilder(URI.create(url("/?v-r=heartbeat&v-uiId=0")))
                .header("X-Forwarded-For", browser.address()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private int uidl(Browser browser, String json) throws IOException, InterruptedException {
        return browser.client().send(HttpRequest.newBuilder(URI.create(url("/?v-r=uidl&v-uiId=0")))
                .header("Content-Type", "application/json; charset=UTF-8").header("X-Forwarded-For",
                        browser.address()).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String post(Browser browser, String form) throws IOException, InterruptedException {
        HttpResponse<Void> response = browser.client().send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For",
                        browser.address())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 302 ? response.headers().firstValue("Location").orElseThrow()
                : "status " + response.statusCode();
    }

    private static String form(String email, String password) {
        return "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void a_cross_site_login_form_without_the_pages_token_signs_nobody_in() throws Exception {
        String email = newAccount(Role.ENTERPRISE);
        Browser victim = browser(newAddress());
        get(victim, "/login");
        assertThat(post(victim, form(email, RIGHT))).doesNotEndWith("/home");
        assertThat(get(victim, "/home").statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_never_in_a_url() throws Exception {
        HttpResponse<String> page = get(browser(newAddress()), "/login");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(page.body()).doesNotContain(";jsessionid=");
    }

    @Test
    void wrong_passwords_from_one_address_make_that_address_wait_but_not_the_owner_elsewhere() throws Exception {
        String email = newAccount(Role.ENTERPRISE);
        Browser attacker = browser(newAddress());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(login(attacker, email, "sai-mat-khau-" + attempt)).as("attempt %d", attempt)
                    .endsWith("/login?error");
        }
        assertThat(login(attacker, email, RIGHT)).as("even the right password, from there").contains("/login?wait=");
        assertThat(login(browser(newAddress()), email, RIGHT)).as("the owner, elsewhere").endsWith("/home");
        assertThat(jdbc.queryForList("select action from audit_event where actor_email = ?", String.class, email))
                .contains("LOGIN_FAILURE", "LOGIN_THROTTLED", "LOGIN_SUCCESS");
    }

    @Test
    void guessing_from_many_addresses_locks_the_account_and_its_owner_lifts_the_lock_by_the_mailed_link()
            throws Exception {
        String email = newAccount(Role.ENTERPRISE);
        for (int address = 0; address < 5; address++) {
            Browser attacker = browser(newAddress());
            for (int attempt = 0; attempt < 4; attempt++) {
                assertThat(login(attacker, email, "doan-" + address + "-" + attempt)).endsWith("/login?error");
            }
        }
        assertThat(login(browser(newAddress()), email, RIGHT)).as("locked: the same answer as a wrong password")
                .endsWith("/login?error");

        MimeMessage mail = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(email, "tạm khóa"),
                java.util.Objects::nonNull);
        Matcher link = Pattern.compile("/account/unlock\\?t=([A-Za-z0-9_-]+)").matcher(mail.getContent().toString());
        assertThat(link.find()).as(mail.getContent().toString()).isTrue();
        assertThat(accounts.unlockByLink(link.group(1))).isTrue();
        assertThat(accounts.unlockByLink(link.group(1))).as("a link works once").isFalse();
        assertThat(login(browser(newAddress()), email, RIGHT)).endsWith("/home");
    }

    @Test
    void an_administrator_is_never_locked_out_from_outside() throws Exception {
        String admin = newAccount(Role.ENTERPRISE);
        jdbc.update("insert into user_account_role (user_account_id, role) select id, 'ADMIN' from user_account "
                + "where email = ?", admin);
        for (int address = 0; address < 6; address++) {
            Browser attacker = browser(newAddress());
            for (int attempt = 0; attempt < 4; attempt++) {
                login(attacker, admin, "doan-" + address + "-" + attempt);
            }
        }
        assertThat(jdbc.queryForObject("select locked_until from user_account where email = ?",
                java.sql.Timestamp.class, admin)).isNull();
        assertThat(login(browser(newAddress()), admin, RIGHT)).endsWith("/home");
    }

    @Test
    void an_unknown_email_a_wrong_password_and_a_locked_account_all_get_the_same_answer() throws Exception {
        String email = newAccount(Role.ENTERPRISE);
        jdbc.update("update user_account set locked_until = ? where email = ?",
                java.sql.Timestamp.from(clock.instant().plus(Duration.ofMinutes(10))), email);
        String typedByMistake = "khong-ton-tai-" + UUID.randomUUID() + "@example.vn";
        assertThat(login(browser(newAddress()), typedByMistake, "bat-ky")).endsWith("/login?error");
        assertThat(login(browser(newAddress()), newAccount(Role.ENTERPRISE), "sai")).endsWith("/login?error");
        assertThat(login(browser(newAddress()), email, RIGHT)).endsWith("/login?error");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor_email = ?", Integer.class,
                typedByMistake)).as("what was typed is not kept for an unknown account").isZero();
    }

    @Test
    void only_the_right_password_learns_that_an_account_is_disabled_or_unconfirmed() throws Exception {
        String email = "login-" + UUID.randomUUID() + "@example.vn";
        accounts.registerSelf(new NewAccount(email, RIGHT, "Người tự đăng ký", "0905000111", "",
                Locale.forLanguageTag("vi")), Role.ENTERPRISE, List.of());
        assertThat(login(browser(newAddress()), email, "sai-mat-khau")).endsWith("/login?error");
        assertThat(login(browser(newAddress()), email, RIGHT)).endsWith("/login?unconfirmed");

        String disabled = newAccount(Role.ENTERPRISE);
        jdbc.update("update user_account set enabled = false where email = ?", disabled);
        assertThat(login(browser(newAddress()), disabled, "sai-mat-khau")).endsWith("/login?error");
        assertThat(login(browser(newAddress()), disabled, RIGHT)).endsWith("/login?disabled");
    }

    @Test
    void disabling_an_account_ends_its_open_session() throws Exception {
        String email = newAccount(Role.ENTERPRISE);
        Browser browser = browser(newAddress());
        assertThat(login(browser, email, RIGHT)).endsWith("/home");
        assertThat(get(browser, "/home").statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        long version = jdbc.queryForObject("select version from user_account where id = ?", Long.class, id);
        asAdmin(() -> accounts.disable(id, "Nghỉ việc", version));

        assertThat(get(browser, "/home").statusCode()).as("the open session ends").isEqualTo(302);
        assertThat(get(browser, "/home").statusCode()).as("and stays ended").isEqualTo(302);
        assertThat(jdbc.queryForList("select action from audit_event where actor_email = ? order by id",
                String.class, email)).contains("SESSION_REVOKED");
    }

    @Test
    void only_a_trusted_proxy_chooses_the_client_address() throws Exception {
        String email = newAccount(Role.ENTERPRISE);
        login(browser("198.51.100.77"), email, "sai-mat-khau");
        assertThat(jdbc.queryForObject("select ip_address from audit_event where actor_email = ? and action = "
                + "'LOGIN_FAILURE'", String.class, email)).isEqualTo("198.51.100.77");
    }

    @Test
    void a_page_left_open_does_not_keep_an_idle_session_alive() throws Exception {
        String email = newAccount(Role.ENTERPRISE);
        Browser browser = browser(newAddress());
        assertThat(login(browser, email, RIGHT)).endsWith("/home");
        assertThat(get(browser, "/home").statusCode()).isEqualTo(200);
        for (int minutes = 0; minutes < 35; minutes += 5) {
            clock.advance(Duration.ofMinutes(5));
            heartbeat(browser);
        }
        HttpResponse<String> after = get(browser, "/home");
        assertThat(after.statusCode()).as("ended after 30 idle minutes").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void a_session_ends_twelve_hours_after_signing_in_however_busy() throws Exception {
        String email = newAccount(Role.ENTERPRISE);
        Browser browser = browser(newAddress());
        assertThat(login(browser, email, RIGHT)).endsWith("/home");
        for (int quarter = 0; quarter < 12 * 4; quarter++) {
            clock.advance(Duration.ofMinutes(15));
            assertThat(get(browser, "/home").statusCode()).as("after %d minutes", (quarter + 1) * 15).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(15));
        HttpResponse<String> after = get(browser, "/home");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login?ended");
    }

    @Test
    void a_visitor_cannot_park_large_values_in_a_session() throws Exception {
        Browser visitor = browser(newAddress());
        get(visitor, "/register/enterprise");
        String huge = "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"mSync\",\"node\":5,\"feature\":1,"
                + "\"property\":\"value\",\"value\":\"" + "A".repeat(10 * 1024 * 1024) + "\"}],\"syncId\":0,"
                + "\"clientId\":0}";
        assertThat(uidl(visitor, huge)).as("10 MB from a visitor").isEqualTo(413);
        String longField = huge.replace("A".repeat(10 * 1024 * 1024), "B".repeat(2_000));
        assertThat(uidl(visitor, longField)).as("a 2,000-character field from a visitor").isEqualTo(413);
    }

    @Test
    void one_address_cannot_open_endless_sessions_without_signing_in() throws Exception {
        String address = newAddress();
        int refused = 0;
        for (int i = 0; i < 70; i++) {
            if (get(browser(address), "/login").statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(10);
        assertThat(get(browser(newAddress()), "/login").statusCode()).as("other addresses").isEqualTo(200);
    }

    @Test
    void every_response_carries_the_security_headers_and_hsts_behind_tls() throws Exception {
        Browser browser = browser(newAddress());
        for (String path : List.of("/login", "/styles/app.css", "/khong-co-trang-nay", "/api/open/v1/programmes")) {
            HttpResponse<String> response = get(browser, path);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("frame-ancestors 'none'").contains("default-src 'self'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
                    .contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        }
        HttpResponse<String> overTls = browser.client().send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("X-Forwarded-For", browser.address()).header("X-Forwarded-Proto", "https").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(overTls.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");
    }

    @Test
    void a_missing_page_and_a_forbidden_one_get_the_same_404() throws Exception {
        String email = newAccount(Role.ENTERPRISE);
        Browser browser = browser(newAddress());
        assertThat(login(browser, email, RIGHT)).endsWith("/home");
        HttpResponse<String> missing = get(browser, "/khong-co-trang-nay");
        HttpResponse<String> forbidden = get(browser, "/admin/accounts");
        assertThat(get(browser, "/home").statusCode()).as("an allowed page").isEqualTo(200);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(forbidden.statusCode()).isEqualTo(404);
        for (HttpResponse<String> response : List.of(missing, forbidden)) {
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("vn.nscl");
        }
    }

    @Test
    void protected_pages_send_an_anonymous_visitor_to_the_login_page_and_public_ones_do_not() throws Exception {
        Browser browser = browser(newAddress());
        assertThat(get(browser, "/home").statusCode()).isEqualTo(302);
        assertThat(get(browser, "/admin/accounts").statusCode()).isEqualTo(302);
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);
        assertThat(get(browser, "/register/enterprise").statusCode()).isEqualTo(200);
        assertThat(get(browser, "/styles/app.css").statusCode()).isEqualTo(200);
        assertThat(get(browser, "/images/logo.svg").statusCode()).isEqualTo(200);
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

    private MimeMessage mailTo(String email, String subjectPart) throws Exception {
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(email) && message.getSubject().contains(subjectPart)) {
                return message;
            }
        }
        return null;
    }
}
