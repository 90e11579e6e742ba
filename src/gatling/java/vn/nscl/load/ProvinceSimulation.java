package vn.nscl.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A province's people at once, through Vaadin's real requests: enterprise owners sign in, open their home page and
 * the self-assessment, fill the quick check step by step (one answer at a time, with the time a person takes to
 * read a question), submit it, read their results and recommendations and download the PDF; officers sign in, open
 * the review queue and the plan dashboard, again and again. A closed model: {@code load.users} owners and
 * {@code load.officers} officers are on the platform at every moment of {@code load.duration} seconds (reached over
 * {@code load.ramp}); an owner who finished is replaced by the next one. Owners are the load-test enterprises
 * {@code tai-N@example.vn} ({@code nscl.demo-data.load-test-enterprises} on the server), each used by one person at
 * a time. Any failed check (an error page, a lost session, a missing screen element) counts as an error.
 * Static files (scripts, styles, images) are left out: a browser caches them after the first visit.
 */
public class ProvinceSimulation extends Simulation {

    private static final String BASE = System.getProperty("load.base-url", "http://localhost:8080");
    private static final int USERS = Integer.getInteger("load.users", 20);
    private static final int OFFICERS = Integer.getInteger("load.officers", 2);
    private static final int RAMP = Integer.getInteger("load.ramp", 20);
    private static final int DURATION = Integer.getInteger("load.duration", 60);
    private static final int ACCOUNTS = Integer.getInteger("load.accounts", 1000);
    /** The first load-test enterprise this run uses (a warm-up run uses its own, so it leaves no draft to others). */
    private static final int FIRST_ACCOUNT = Integer.getInteger("load.first-account", 1);
    private static final double THINK = Double.parseDouble(System.getProperty("load.think", "1.0"));
    private static final String PASSWORD = System.getProperty("load.password", "nscl-demo-2026");
    private static final String OFFICER = System.getProperty("load.officer", "officer@example.com");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptLanguageHeader("vi-VN,vi;q=0.9")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("NSCL Connect load test (Gatling)")
            // Each person has their own address, as behind the province's proxy (the server trusts 127.0.0.1's
            // X-Forwarded-For in the load test): the per-address limits on sign-ins and new sessions stay on.
            .header("X-Forwarded-For", "#{address}")
            .disableCaching();

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    /** The next load-test enterprise, in turn: with more accounts than people at once, none is used twice at once. */
    private static Iterator<Map<String, Object>> owners() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("email",
                "tai-" + (next.getAndIncrement() % ACCOUNTS + FIRST_ACCOUNT) + "@example.vn", "address", address()))
                .iterator();
    }

    private static String address() {
        int n = PEOPLE.incrementAndGet();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** A person reading or choosing: {@code seconds} on average, more or less by a half, scaled by load.think. */
    private static ChainBuilder think(double seconds) {
        long low = Math.round(seconds * THINK * 500);
        long high = Math.round(seconds * THINK * 1500);
        return exec(pause(Duration.ofMillis(low), Duration.ofMillis(Math.max(low, high))));
    }

    private static ChainBuilder signIn(String email) {
        return exec(http("sign in · page").get("/login").check(status().is(200),
                regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("springCsrf")))
                .exec(think(4))
                .exec(http("sign in · send").post("/login").formParam("username", email)
                        .formParam("password", PASSWORD).formParam("_csrf", "#{springCsrf}")
                        .check(status().is(200), currentLocationRegex(".*/home$")));
    }

    private final ChainBuilder quickCheck = exec(Vaadin.open("home", "home"))
            .exec(think(5))
            .exec(Vaadin.navigate("self-assessment", "assessment", Vaadin.node("start-quick", "start")))
            .exec(think(4))
            .exec(Vaadin.click("quick check · start", "start", Vaadin.nodes("answer-", "answers"),
                    Vaadin.node("wizard-next", "next")))
            .exec(asLongAs(session -> !session.getList("answers").isEmpty()).on(
                    foreach("#{answers}", "answer").on(think(6).exec(Vaadin.value("quick check · answer",
                            session -> session.getString("answer"),
                            // item keys 1–5 are levels 0–4 (6 is "not applied")
                            session -> String.valueOf(ThreadLocalRandom.current().nextInt(1, 6)),
                            substring("Đã trả lời")))),
                    think(2),
                    Vaadin.click("quick check · next step", "next", Vaadin.nodes("answer-", "answers"))))
            .exec(think(8))
            .exec(Vaadin.click("quick check · to review", "next", Vaadin.node("wizard-submit", "submit")))
            .exec(think(5))
            .exec(Vaadin.click("quick check · submit", "submit", Vaadin.node("submit-confirm", "confirm")))
            .exec(Vaadin.confirm("quick check · submit confirmed, results", "confirm",
                    substring("Tải báo cáo PDF"),
                    // the link's address, just before its id: {"uri":"VAADIN/dynamic/resource/…"}
                    regex("\"key\":\"href\",\"feat\":\\d+,\"value\":\\{\"uri\":\"(VAADIN/dynamic/resource/[^\"]+)\"\\}"
                            + "},\\{\"node\":\\d+,\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"results-pdf\"")
                            .saveAs("pdfHref")))
            .exec(Vaadin.closed("results · dialog closed", "confirm"))
            .exec(think(20))
            .exec(http("results · PDF").get("/#{pdfHref}")
                    .check(status().is(200), header("Content-Type").is("application/pdf"), bodyBytes().exists()));

    private final ScenarioBuilder owners = scenario("Enterprise owners").feed(owners())
            .exec(signIn("#{email}"))
            .exec(quickCheck);

    private final ScenarioBuilder officers = scenario("Officers")
            .exec(session -> session.set("address", address()))
            .exec(signIn(OFFICER))
            .exec(Vaadin.open("officer home", "home"))
            .exec(during(Duration.ofSeconds(DURATION + RAMP)).on(
                    think(10),
                    Vaadin.navigate("review queue", "applications/review", substring("vaadin-grid")),
                    think(15),
                    Vaadin.navigate("plan dashboard", "plan/dashboard", substring("<svg"))));

    {
        setUp(owners.injectClosed(rampConcurrentUsers(0).to(USERS).during(RAMP),
                        constantConcurrentUsers(USERS).during(DURATION)),
                officers.injectClosed(constantConcurrentUsers(OFFICERS).during(RAMP + DURATION)))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
