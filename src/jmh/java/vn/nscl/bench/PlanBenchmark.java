package vn.nscl.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.nscl.plan.AnnualReportService;
import vn.nscl.plan.Dashboard;
import vn.nscl.plan.DashboardService;

/**
 * Issue targets with 50,000 enterprises and 150,000 assessments: the plan dashboard ≤ 500 ms, the annual report
 * ≤ 10 s, open data queries ≤ 200 ms (over HTTP, JSON written); and the rebuild of the stored figures those read. Runs on the test profile's database: in-memory H2, or
 * PostgreSQL with {@code -jvmArgsAppend -Dnscl.test.db.url=jdbc:postgresql://…} (see docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 6)
public class PlanBenchmark {

    static final int ENTERPRISES = 50_000;
    static final int ASSESSMENTS_EACH = 3;

    private ConfigurableApplicationContext context;
    private DashboardService dashboards;
    private AnnualReportService reports;
    private UserDetails officer;
    private HttpClient http;
    private String base;
    private int year;

    @Setup(Level.Trial)
    public void startApplication() {
        // the scheduled rebuild is left out: the benchmark rebuilds when it means to
        context = BenchmarkContext.start("--nscl.opendata.requests-per-minute=1000000",
                "--nscl.plan.statistics-first-refresh=PT10H");
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long started = System.nanoTime();
        BenchmarkData.province(jdbc, ENTERPRISES, ASSESSMENTS_EACH, 7);
        long enterprises = jdbc.queryForObject("select count(*) from enterprise", Long.class);
        long assessments = jdbc.queryForObject("select count(*) from assessment where status = 'SUBMITTED'", Long.class);
        if (enterprises < ENTERPRISES || assessments < (long) ENTERPRISES * ASSESSMENTS_EACH) {
            throw new IllegalStateException("generated too little: " + enterprises + ", " + assessments);
        }
        System.out.printf("%nGenerated %d enterprises and %d assessments in %d s%n", enterprises, assessments,
                (System.nanoTime() - started) / 1_000_000_000);
        officer = context.getBean(UserDetailsService.class).loadUserByUsername("officer@example.com");
        dashboards = context.getBean(DashboardService.class);
        reports = context.getBean(AnnualReportService.class);
        year = dashboards.currentYear();
        signIn();
        System.out.printf("Statistics rebuilt in %d ms%n", dashboards.refreshStatistics());
        http = HttpClient.newHttpClient();
        base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/api/open/v1/";
    }

    @Benchmark
    public Dashboard dashboard() {
        signIn();
        return dashboards.forYear(year, Locale.forLanguageTag("vi"));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public byte[] annualReportPdf() {
        signIn();
        return reports.pdf(year, Locale.forLanguageTag("vi"));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public byte[] annualReportXlsx() {
        signIn();
        return reports.xlsx(year, Locale.forLanguageTag("vi"));
    }

    /** The background rebuild of the figures by year, commune and sector that the pages read. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public long statisticsRebuild() {
        signIn();
        return dashboards.refreshStatistics();
    }

    @Benchmark
    public String openIndicatorsByCommuneLastYear() throws Exception {
        return get("indicators?groupBy=COMMUNE&year=" + (year - 1));
    }

    @Benchmark
    public String openIndicatorsBySectorAllYears() throws Exception {
        return get("indicators?groupBy=SECTOR");
    }

    @Benchmark
    public String openTargetsCsv() throws Exception {
        return get("targets.csv?year=" + year);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private void signIn() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));
    }

    @TearDown(Level.Trial)
    public void stop() {
        SecurityContextHolder.clearContext();
        context.close();
    }
}
