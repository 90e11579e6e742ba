package vn.nscl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/**
 * The deployment of deploy/: two instances of the packaged jar, in Spring's AOT mode as deploy/nscl-connect@.service
 * starts them, on one PostgreSQL behind HAProxy with sticky sessions (deploy/haproxy.cfg as shipped). A person signs
 * in through the proxy and answers part of an assessment; the instance holding their session stops; they sign in
 * again, land on the other instance and resume the draft with nothing lost. A rule-set activation is followed by both
 * instances within the refresh interval, and each cluster-wide scheduled job ran once although both instances fired
 * it. Runs with -Ppostgres (needs haproxy).
 */
class ClusterIT extends BrowserTest {

    private static final String SCHEMA = "cluster_it";
    private static final Pattern JOB_RAN = Pattern.compile(
            "nscl_jobs_total\\{[^}]*job=\"([a-z-]+)\"[^}]*outcome=\"(ran|locked)\"[^}]*\\} ([0-9.]+)");
    private static final List<String> CLUSTER_JOBS = List.of("follow-up-reminders", "partner-report-reminders",
            "expired-account-tokens", "old-login-failures", "plan-statistics");

    private final List<Instance> instances = new ArrayList<>();
    private Process proxy;
    private final HttpClient http = HttpClient.newHttpClient();

    /** One instance of the packaged application: its process, its port, its log. */
    private record Instance(String name, Process process, int port) {
        String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    @AfterEach
    void stopEverything() {
        if (proxy != null) {
            proxy.destroyForcibly();
        }
        instances.forEach(instance -> instance.process().destroyForcibly());
    }

    @Test
    void a_person_keeps_their_work_when_the_instance_holding_their_session_stops() throws Exception {
        String dbUrl = System.getProperty("nscl.test.db.url", "");
        assumeTrue(dbUrl.startsWith("jdbc:postgresql:"), "PostgreSQL only (mvn verify -Ppostgres)");
        Path haproxy = Path.of("/usr/sbin/haproxy");
        assertThat(haproxy).as("HAProxy from Debian's packages (apt-get install haproxy; .ci/run does)").exists();
        String schemaUrl = dbUrl + (dbUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        sql(dbUrl, "drop schema if exists " + SCHEMA + " cascade");

        // Both instances start together on the empty database, as a first start of a cluster does.
        instances.add(start("app1", schemaUrl));
        instances.add(start("app2", schemaUrl));
        int proxyPort = freePort();
        ProcessBuilder haproxyProcess = new ProcessBuilder(haproxy.toString(), "-db", "-f",
                Path.of("deploy", "haproxy.cfg").toString()).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "cluster-it-haproxy.log").toFile());
        haproxyProcess.environment().putAll(Map.of("NSCL_PROXY_BIND", "127.0.0.1:" + proxyPort,
                "NSCL_APP1", "127.0.0.1:" + instances.get(0).port(), "NSCL_APP2", "127.0.0.1:" + instances.get(1).port()));
        proxy = haproxyProcess.start();
        String proxyUrl = "http://127.0.0.1:" + proxyPort;
        for (Instance instance : instances) {
            Awaitility.await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                if (!instance.process().isAlive()) {
                    throw new AssertionError(instance.name() + " stopped while starting; see target/cluster-it-"
                            + instance.name() + ".log");
                }
                return status(instance.url() + "/actuator/health/readiness") == 200;
            });
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> status(proxyUrl + "/login") == 200);

        eachClusterJobRanOnceAlthoughBothInstancesFiredIt();
        anActivatedRuleSetIsFollowedByBothInstances(schemaUrl);

        // A person signs in through the proxy and answers the first questions of the quick check.
        logInAt(proxyUrl, "enterprise@example.com", "nscl-demo-2026");
        page.waitForURL("**/home");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Tự đánh giá")).click();
        page.waitForURL("**/assessment");
        settle();
        Locator start = page.locator("#start-quick");
        (start.count() > 0 ? start : page.getByText("Làm tiếp")).click();
        page.waitForURL("**/fill");
        settle();
        int answered = page.locator(".question-card").count();
        for (int i = 0; i < answered; i++) {
            page.locator(".question-card").nth(i).locator("vaadin-radio-button").nth(3).click();
            settle();
        }
        String holder = context.cookies().stream().filter(c -> c.name.equals("NSCL_INSTANCE")).map(c -> c.value)
                .findFirst().orElseThrow(() -> new AssertionError("the proxy did not pin the session"));

        // The instance holding the session stops (as on an upgrade or a crash of its machine).
        Instance stopped = instances.stream().filter(i -> i.name().equals(holder)).findFirst().orElseThrow();
        stopped.process().destroy();
        assertThat(stopped.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        // The next page goes to the other instance, which does not know the session: the person signs in again ...
        page.navigate(proxyUrl + "/assessment");
        page.waitForURL("**/login**");
        logInAt(proxyUrl, "enterprise@example.com", "nscl-demo-2026");
        // ... and is taken back to the page they asked for,
        page.waitForURL("**/assessment**");
        settle();
        String survivor = context.cookies().stream().filter(c -> c.name.equals("NSCL_INSTANCE"))
                .map(c -> c.value).findFirst().orElseThrow();
        assertThat(survivor).isNotEqualTo(holder);
        // where they resume the draft as they left it: every answer is still chosen.
        page.getByText("Làm tiếp").click();
        page.waitForURL("**/fill");
        settle();
        assertThat(page.locator(".question-card")).hasCount(answered);
        for (int i = 0; i < answered; i++) {
            assertThat(page.locator(".question-card").nth(i).locator("vaadin-radio-button").nth(3))
                    .hasAttribute("checked", "");
        }
    }

    private void eachClusterJobRanOnceAlthoughBothInstancesFiredIt() throws Exception {
        // The crons fire every 10 s on both instances; a job's lock keeps the cluster to one run per firing time.
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            for (Instance instance : instances) {
                Map<String, double[]> fired = jobCounts(instance);
                for (String job : CLUSTER_JOBS) {
                    double[] counts = fired.getOrDefault(job, new double[2]);
                    if (counts[0] + counts[1] < 2) {
                        return false;
                    }
                }
            }
            return true;
        });
        for (String job : CLUSTER_JOBS) {
            double ran = 0;
            for (Instance instance : instances) {
                ran += jobCounts(instance).getOrDefault(job, new double[2])[0];
            }
            assertThat(ran).as(job + ": runs in the whole cluster").isEqualTo(1.0);
        }
    }

    /** Activation as the rule screen does it (a new published version, the active pointer moved), on the database. */
    private void anActivatedRuleSetIsFollowedByBothInstances(String schemaUrl) throws Exception {
        sql(schemaUrl, """
                insert into rule_set_version (version, kind, number, status, note, content_hash, rule_count, created_at,
                  created_by)
                select 0, kind, number + 1, status, 'cluster test', content_hash, rule_count, created_at, 'cluster-it'
                from rule_set_version where id = (select rule_set_version_id from active_rule_set
                  where kind = 'recommendation')""",
                """
                insert into rule_file (rule_set_version_id, path, content)
                select (select max(id) from rule_set_version), path, content from rule_file
                where rule_set_version_id = (select rule_set_version_id from active_rule_set where kind = 'recommendation')""",
                """
                update active_rule_set set rule_set_version_id = (select max(id) from rule_set_version),
                  version = version + 1, activated_by = 'cluster-it' where kind = 'recommendation'""");
        for (Instance instance : instances) {
            // nscl.rules.refresh-every is 2 s here (15 s by default): in force everywhere within it.
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get(instance.url() + "/actuator/info").contains("\"version\":2"));
        }
    }

    private Instance start(String name, String schemaUrl) throws IOException {
        int port = freePort();
        Path jar = Path.of(System.getProperty("app.jar", "target/nscl-connect.jar"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String everyTenSeconds = "*/10 * * * * *";
        List<String> command = List.of(java, "-Xmx768m", "-Dspring.aot.enabled=true", "-jar", jar.toString(), "--server.port=" + port,
                "--spring.datasource.url=" + schemaUrl,
                "--spring.datasource.username=" + System.getProperty("nscl.test.db.username"),
                "--spring.datasource.password=" + System.getProperty("nscl.test.db.password"),
                "--spring.flyway.schemas=" + SCHEMA, "--nscl.security.bcrypt-strength=4",
                "--nscl.security.trusted-proxies=127.0.0.1", "--nscl.rules.refresh-every=2s",
                "--nscl.matching.follow-up-cron=" + everyTenSeconds, "--nscl.plan.reminder-cron=" + everyTenSeconds,
                "--nscl.security.token-cleanup-cron=" + everyTenSeconds,
                "--nscl.security.login-failure-cleanup-cron=" + everyTenSeconds,
                "--nscl.plan.statistics-first-refresh=PT1S", "--nscl.plan.statistics-refresh=PT5S",
                // one scheduled rebuild per 5 minutes in the cluster, however far apart the two instances got ready
                "--nscl.plan.statistics-quiet=PT5M");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "cluster-it-" + name + ".log").toFile()).start();
        return new Instance(name, process, port);
    }

    private Map<String, double[]> jobCounts(Instance instance) throws IOException, InterruptedException {
        Map<String, double[]> counts = new java.util.HashMap<>();
        Matcher m = JOB_RAN.matcher(get(instance.url() + "/actuator/prometheus"));
        while (m.find()) {
            counts.computeIfAbsent(m.group(1), k -> new double[2])[m.group(2).equals("ran") ? 0 : 1] +=
                    Double.parseDouble(m.group(3));
        }
        return counts;
    }

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private String get(String url) throws IOException, InterruptedException {
        String monitor = "Basic " + Base64.getEncoder().encodeToString("monitor:monitor-demo-password"
                .getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", monitor).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void sql(String url, String... statements) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, System.getProperty("nscl.test.db.username"),
                System.getProperty("nscl.test.db.password")); Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
