package vn.nscl.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.Language;
import vn.nscl.matching.Match;
import vn.nscl.matching.NewSupportRequest;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.WorkMode;
import vn.nscl.testsupport.TestEnterprises;

/**
 * The same target end to end: the enterprise's "proposed experts" call with 10,000 verified experts in the database
 * (H2, in memory), each holding three of the catalogue's tools ({@code share} = how many also hold the requested
 * one, in percent: 100 is the worst case). Includes the access check, loading the pool and its certificates, the
 * current loads and ratings, ranking and the explanations.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx3g"})
public class MatchingServiceBenchmark {

    private static final int EXPERTS = 10_000;
    private static final String ITEM = "KAIZEN";
    private static final String[] OTHER_ITEMS = {"5S", "LEAN", "TPM", "QC7", "KPI_BSC", "SIX_SIGMA", "VIETGAP",
        "ORGANIC", "DIGITAL_BASICS", "GREEN_PRODUCTIVITY"};

    @Param({"12", "100"})
    public int share;

    private ConfigurableApplicationContext context;
    private SupportRequestService requests;
    private TestEnterprises as;
    private String enterprise;
    private long requestId;

    @Setup(Level.Trial)
    public void startApplication() {
        context = BenchmarkContext.start();
        seedExperts(context.getBean(JdbcTemplate.class), share);
        requests = context.getBean(SupportRequestService.class);
        as = context.getBean(TestEnterprises.class);
        enterprise = as.create("C", false, EnterpriseType.ENTERPRISE).email();
        requestId = as.as(enterprise, () -> requests.create(new NewSupportRequest(ITEM, "Benchmark: Kaizen",
                WorkMode.EITHER, Language.VI, null, null)));
        int found = as.as(enterprise, () -> requests.candidates(requestId)).size();
        if (found != 5) {
            throw new IllegalStateException("expected five proposals, got " + found);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 6)
    public List<Match> proposeFiveOfTenThousand() {
        return as.as(enterprise, () -> requests.candidates(requestId));
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    static void seedExperts(JdbcTemplate jdbc, int share) {
        String hash = jdbc.queryForObject("select password_hash from user_account where email = 'admin@example.com'",
                String.class);
        Timestamp now = Timestamp.from(Instant.now());
        Random random = new Random(7);
        List<String> communes = jdbc.queryForList("select code from commune where province_code = '44'", String.class);
        for (int start = 0; start < EXPERTS; start += 1000) {
            int end = Math.min(EXPERTS, start + 1000);
            List<Object[]> accounts = new ArrayList<>();
            List<Object[]> experts = new ArrayList<>();
            for (int i = start; i < end; i++) {
                String email = "bench-expert-" + i + "@example.vn";
                accounts.add(new Object[] {email, hash, "Chuyên gia " + i, now});
                experts.add(new Object[] {"Chuyên gia " + i, "chuyen gia " + i, email, now, communes.get(random.nextInt(communes.size())),
                        random.nextInt(4) == 0, 1 + random.nextInt(5), email});
            }
            jdbc.batchUpdate("insert into user_account (version, email, password_hash, display_name, "
                    + "preferred_language, enabled, failed_login_count, created_at) "
                    + "values (0, ?, ?, ?, 'vi', true, 0, ?)",
                    accounts);
            jdbc.batchUpdate("insert into expert (version, account_id, full_name, search_text, email, phone, registered_at, "
                    + "profile_status, home_commune, whole_province, capacity, on_site, remote, languages, consent_at) "
                    + "select 0, a.id, ?, ?, ?, '0905000000', ?, 'VERIFIED', ?, ?, ?, true, true, 'vi', a.created_at "
                    + "from user_account a where a.email = ?", experts);
        }
        List<Long> ids = jdbc.queryForList("select e.id from expert e join user_account a on a.id = e.account_id "
                + "where a.email like 'bench-expert-%'", Long.class);
        List<Object[]> competences = new ArrayList<>();
        List<Object[]> sectors = new ArrayList<>();
        for (long id : ids) {
            boolean holds = random.nextInt(100) < share;
            if (holds) {
                competences.add(new Object[] {id, ITEM, 1 + random.nextInt(3), random.nextInt(20)});
            }
            int first = random.nextInt(OTHER_ITEMS.length);
            competences.add(new Object[] {id, OTHER_ITEMS[first], 1 + random.nextInt(3), random.nextInt(20)});
            competences.add(new Object[] {id, OTHER_ITEMS[(first + 1) % OTHER_ITEMS.length], 2, 5});
            sectors.add(new Object[] {id, random.nextBoolean() ? "C" : "A"});
        }
        jdbc.batchUpdate("insert into expert_competence (expert_id, item_code, level, years) values (?, ?, ?, ?)",
                competences);
        jdbc.batchUpdate("insert into expert_sector (expert_id, sector_code) values (?, ?)", sectors);
    }
}
