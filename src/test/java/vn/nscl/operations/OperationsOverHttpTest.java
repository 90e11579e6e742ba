package vn.nscl.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The actuator as a load balancer, a monitoring system and an outsider meet it, over real HTTP: the probes are
 * public and follow start-up, everything else asks for the monitoring account; until the instance is ready a person
 * gets the "đang khởi động" page, never the login form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nscl.security.trusted-proxies=127.0.0.1,0:0:0:0:0:0:0:1")
class OperationsOverHttpTest {

    private static final String MONITOR = basic("monitor", "monitor-demo-password");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_probes_are_public_and_up_once_started() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"UP\"");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).as("no details for the public").doesNotContain("diskSpace").doesNotContain("db");
    }

    @Test
    void metrics_info_and_health_details_ask_for_the_monitoring_account() throws Exception {
        for (String path : new String[] {"/actuator/info", "/actuator/prometheus", "/actuator/metrics",
                "/actuator", "/actuator/env", "/actuator/heapdump"}) {
            HttpResponse<String> anonymous = get(path, null);
            assertThat(anonymous.statusCode()).as(path).isIn(401, 404);
            assertThat(anonymous.body()).as(path).doesNotContain("jvm_").doesNotContain("recommendationRules");
        }
        assertThat(get("/actuator/prometheus", basic("monitor", "wrong")).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("admin@example.com", "nscl-demo-2026")).statusCode())
                .as("a person's account does not open the actuator").isEqualTo(401);
        assertThat(get("/actuator/env", MONITOR).body()).as("not exposed at all").doesNotContain("propertySources")
                .doesNotContain("NSCL_");
        assertThat(get("/actuator/heapdump", MONITOR).headers().firstValue("Content-Type").orElse(""))
                .doesNotContain("octet-stream");
    }

    @Test
    void monitoring_reads_the_versions_and_the_metrics() throws Exception {
        HttpResponse<String> info = get("/actuator/info", MONITOR);
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"recommendationRules\"").contains("\"matchingPolicy\"")
                .contains("\"build\"").contains("\"version\"");

        get("/login", null); // one HTTP request to time
        HttpResponse<String> prometheus = get("/actuator/prometheus", MONITOR);
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("http_server_requests_seconds").contains("jvm_memory_used_bytes")
                .contains("nscl_vaadin_sessions").contains("nscl_mail_sent_total").contains("nscl_jobs_total")
                .contains("hikaricp_connections_active");

        HttpResponse<String> details = get("/actuator/health", MONITOR);
        assertThat(details.body()).as("the monitoring account sees the components").contains("\"db\"");
    }

    @Test
    void until_ready_people_get_the_starting_page_and_the_readiness_probe_says_out_of_service() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> page = get("/login", null);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(page.body()).contains("đang khởi động").doesNotContain("password");
            assertThat(page.headers().firstValue("Content-Security-Policy")).as("headers as on every page")
                    .isPresent();
            assertThat(get("/", null).statusCode()).isEqualTo(503);
            assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(503);
            assertThat(get("/actuator/health/liveness", null).statusCode()).as("alive all the same").isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(get("/login", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
