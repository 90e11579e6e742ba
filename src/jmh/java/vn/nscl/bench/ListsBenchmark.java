package vn.nscl.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.nscl.audit.AuditLog;
import vn.nscl.audit.AuditQuery;
import vn.nscl.enterprise.EnterpriseFilter;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.expert.ExpertReviewService;
import vn.nscl.matching.RequestDeskService;
import vn.nscl.matching.RequestStatus;
import vn.nscl.security.AccountService;
import vn.nscl.support.ApplicationStatus;
import vn.nscl.support.ReviewFilter;
import vn.nscl.support.ReviewService;

/**
 * Issue target: at 50,000 enterprises, 150,000 assessments, 5,000 applications and 200,000 audit entries, the first
 * page of each list an officer or administrator opens, with a filter, ≤ 300 ms p95, on H2 and PostgreSQL. Each
 * benchmark is what the list's grid asks for when it opens: the count, then the first page (50 rows). Also 10,000
 * experts (with their 10,000 accounts) and 20,000 expert requests. Runs on the test profile's database: in-memory
 * H2, or PostgreSQL with {@code -jvmArgsAppend -Dnscl.test.db.url=jdbc:postgresql://…}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 4, time = 5)
public class ListsBenchmark {

    static final int ENTERPRISES = 50_000;
    static final int APPLICATIONS = 5_000;
    static final int AUDIT_ENTRIES = 200_000;
    static final int REQUESTS = 20_000;
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    private ConfigurableApplicationContext context;
    private UserDetails officer;
    private UserDetails admin;
    private EnterpriseService enterprises;
    private ReviewService reviews;
    private ExpertReviewService experts;
    private RequestDeskService desk;
    private AuditLog audit;
    private AccountService accounts;
    private String commune;

    @Setup(Level.Trial)
    public void startApplication() {
        context = BenchmarkContext.start("--nscl.plan.statistics-first-refresh=PT10H");
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long started = System.nanoTime();
        // A PostgreSQL database outlives the fork: the next benchmark's fork finds the data already there.
        if (count(jdbc, "enterprise") < ENTERPRISES) {
            BenchmarkData.province(jdbc, ENTERPRISES, 3, 7);
            MatchingServiceBenchmark.seedExperts(jdbc, 12);
            applications(jdbc);
            requests(jdbc);
            auditEntries(jdbc);
        }
        System.out.printf("%nGenerated %d enterprises, %d applications, %d experts, %d requests, %d audit entries "
                + "in %d s%n", count(jdbc, "enterprise"), count(jdbc, "support_application"), count(jdbc, "expert"),
                count(jdbc, "support_request"), count(jdbc, "audit_event"), (System.nanoTime() - started) / 1_000_000_000);
        commune = jdbc.queryForObject("select commune_code from enterprise group by commune_code "
                + "order by count(*) desc limit 1", String.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        officer = users.loadUserByUsername("officer@example.com");
        admin = users.loadUserByUsername("admin@example.com");
        enterprises = context.getBean(EnterpriseService.class);
        reviews = context.getBean(ReviewService.class);
        experts = context.getBean(ExpertReviewService.class);
        desk = context.getBean(RequestDeskService.class);
        audit = context.getBean(AuditLog.class);
        accounts = context.getBean(AccountService.class);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Submitted applications of random enterprises, in every state after submission, over the last two years. */
    private static void applications(JdbcTemplate jdbc) {
        List<Object[]> applicants = jdbc.query("select id, name, commune_code, sector_code from enterprise "
                + "order by id limit " + APPLICATIONS, (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)});
        ApplicationStatus[] states = {ApplicationStatus.SUBMITTED, ApplicationStatus.AWAITING_SECOND,
            ApplicationStatus.NEEDS_INFO, ApplicationStatus.APPROVED, ApplicationStatus.REJECTED,
            ApplicationStatus.COMPLETED};
        String[] programmes = {"P1", "P2", "P3", "P4", "P5"};
        Random random = new Random(11);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (Object[] a : applicants) {
            Timestamp submitted = Timestamp.from(now.minus(random.nextInt(730), ChronoUnit.DAYS));
            rows.add(new Object[] {a[0], programmes[random.nextInt(programmes.length)], "Dự án năng suất " + a[0],
                states[random.nextInt(states.length)].name(), 10 + random.nextInt(290), 10 + random.nextInt(200),
                submitted, submitted, a[1], a[2], a[3]});
        }
        jdbc.batchUpdate("insert into support_application (version, enterprise_id, programme_code, title, objectives, "
                + "expected_results, timeline, status, requested_total, own_total, created_at, submitted_at, "
                + "applicant_name, commune_code, sector_code) values (0, ?, ?, ?, '', '', '', ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** Expert requests of random enterprises in every state. */
    private static void requests(JdbcTemplate jdbc) {
        List<Long> ids = jdbc.queryForList("select id from enterprise order by id limit " + REQUESTS, Long.class);
        RequestStatus[] states = {RequestStatus.OPEN, RequestStatus.AWAITING_OFFICER, RequestStatus.NO_MATCH,
            RequestStatus.COMPLETED, RequestStatus.CANCELLED};
        Random random = new Random(13);
        Instant now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (long id : ids) {
            rows.add(new Object[] {id, states[random.nextInt(states.length)].name(),
                Timestamp.from(now.minus(random.nextInt(730 * 24), ChronoUnit.HOURS))});
        }
        jdbc.batchUpdate("insert into support_request (version, enterprise_id, item_code, need, mode, language, "
                + "status, created_at) values (0, ?, 'LEAN', 'Cần chuyên gia Lean', 'EITHER', 'vi', ?, ?)", rows);
    }

    /** Two years of audit entries, of a dozen kinds. */
    private static void auditEntries(JdbcTemplate jdbc) {
        String[] actions = {"LOGIN", "ASSESSMENT_SUBMITTED", "PROFILE_UPDATED", "APPLICATION_SUBMITTED",
            "REQUEST_CREATED", "REQUEST_OFFERED", "EXPERT_VERIFIED", "RULES_ACTIVATED", "ACCOUNT_CREATED",
            "FIGURES_SAVED", "APPLICATIONS_EXPORTED", "LOGIN_FAILED"};
        Random random = new Random(17);
        Instant now = Instant.now();
        for (int start = 0; start < AUDIT_ENTRIES; start += 10_000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = start; i < start + 10_000; i++) {
                String actor = "nguoi-dung-" + random.nextInt(20_000) + "@example.vn";
                String target = String.valueOf(random.nextInt(50_000));
                String details = "Cập nhật hồ sơ doanh nghiệp, lần " + i;
                rows.add(new Object[] {Timestamp.from(now.minus(random.nextInt(730 * 24 * 60), ChronoUnit.MINUTES)),
                    actor, actions[random.nextInt(actions.length)], "enterprise", target, details,
                    (actor + " enterprise " + target + " " + details).toLowerCase(java.util.Locale.ROOT)});
            }
            jdbc.batchUpdate("insert into audit_event (occurred_at, actor_email, action, target_type, target_id, "
                    + "details, search_text) values (?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    private void as(UserDetails who) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(who, null, who.getAuthorities()));
    }

    @Benchmark
    public Object enterprisesInACommune() {
        as(officer);
        EnterpriseFilter filter = new EnterpriseFilter(null, commune, "C");
        return enterprises.count(filter) + enterprises.search(filter, FIRST_PAGE).size();
    }

    @Benchmark
    public Object enterprisesByName() {
        as(officer);
        EnterpriseFilter filter = new EnterpriseFilter("hợp tác xã 12", null, null);
        return enterprises.count(filter) + enterprises.search(filter, FIRST_PAGE).size();
    }

    @Benchmark
    public Object applicationsInACommuneUnderReview() {
        as(officer);
        ReviewFilter filter = new ReviewFilter(null, ApplicationStatus.SUBMITTED, commune, null, null, null);
        return reviews.count(filter) + reviews.queue(filter, FIRST_PAGE).size();
    }

    @Benchmark
    public Object applicationsOfAProgrammeByAmount() {
        as(officer);
        ReviewFilter filter = new ReviewFilter("P2", null, null, null, null, null);
        return reviews.count(filter) + reviews.queue(filter, PageRequest.of(0, 50,
                org.springframework.data.domain.Sort.by("requestedTotal").descending())).size();
    }

    @Benchmark
    public Object expertsNeedingAttentionFirst() {
        as(officer);
        return experts.count() + experts.countNeedingAttention() + experts.experts(FIRST_PAGE).size();
    }

    @Benchmark
    public Object requestsWaitingForTheDesk() {
        as(officer);
        var states = EnumSet.of(RequestStatus.AWAITING_OFFICER, RequestStatus.NO_MATCH, RequestStatus.OPEN);
        return desk.count(states) + desk.requests(states, FIRST_PAGE).size();
    }

    @Benchmark
    public Object auditOfOneAction() {
        as(admin);
        AuditQuery query = new AuditQuery(null, "RULES_ACTIVATED", null, null);
        return audit.count(query) + audit.search(query, FIRST_PAGE).getNumberOfElements();
    }

    /** With a text the audit grid does not count (that would read the whole log twice): the first page only. */
    @Benchmark
    public Object auditByText() {
        as(admin);
        AuditQuery query = new AuditQuery("nguoi-dung-1234@", null, null, null);
        return audit.search(query, FIRST_PAGE).getNumberOfElements();
    }

    @Benchmark
    public Object accountsByText() {
        as(admin);
        return accounts.count("bench-expert-12", null) + accounts.search("bench-expert-12", null, FIRST_PAGE).size();
    }

    @TearDown(Level.Trial)
    public void stop() {
        SecurityContextHolder.clearContext();
        context.close();
    }
}
