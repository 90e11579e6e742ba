package vn.nscl.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.openjdk.jmh.annotations.Warmup;

import vn.nscl.expert.Competence;
import vn.nscl.expert.ExpertCandidate;
import vn.nscl.expert.Language;

/**
 * Issue targets: ranking one request with the shipped matching rules (Drools) and explanations among 10,000 eligible
 * experts ≤ 10 ms p95, among a realistic 1,200 ≤ 2 ms p95. Worst case: every expert of the pool holds the requested
 * competence (the database query already narrows the pool to those), with varied levels, years, sectors, communes,
 * languages, capacities, loads, ratings and a few paused or conflicted.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx2g"})
public class MatcherBenchmark {

    static final String ITEM = "LEAN";

    @Param({"1200", "10000"})
    public int experts;

    private List<ExpertCandidate> pool;
    private Map<Long, Integer> loads;
    private Map<Long, Matcher.Rating> ratings;
    private MatchingPolicy policy;
    private MatchingRules rules;
    private RequestFacts request;
    /** A sector few experts know, either way of working: the search for the top five goes deepest. */
    private RequestFacts rareSector;
    private final LocalDate today = LocalDate.of(2026, 11, 27);

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        policy = PolicyFile.read(Files.readString(Path.of("rules/matching/matching.yaml")),
                Set.of("ISO_9001", "ISO_14001", "ISO_45001", "ISO_22000", "HACCP", ITEM)).policy();
        rules = new MatchingRules(policy, vn.nscl.rulebase.RuleBaseBuilder.build(
                vn.nscl.rulebase.ShippedRules.read("rules", "matching").files(), MatchingRuleKind.SANDBOX));
        Random random = new Random(42);
        String[] communes = new String[80];
        for (int i = 0; i < communes.length; i++) {
            communes[i] = String.valueOf(19000 + i * 9);
        }
        String[] sectors = {"A", "C", "F", "G", "I", "J"};
        pool = new ArrayList<>();
        loads = new HashMap<>();
        ratings = new HashMap<>();
        for (long id = 1; id <= experts; id++) {
            Set<String> area = Set.of(communes[random.nextInt(40)], communes[40 + random.nextInt(40)]);
            Set<Language> languages = random.nextInt(10) == 0 ? Set.of(Language.VI, Language.BRU) : Set.of(Language.VI);
            pool.add(new ExpertCandidate(id, 100_000 + id, "Chuyên gia " + id, "Tổ chức " + id % 50,
                    communes[random.nextInt(80)], random.nextInt(4) == 0, area, random.nextInt(5) > 0,
                    random.nextBoolean(), languages,
                    Map.of(ITEM, new Competence(ITEM, 1 + random.nextInt(3), random.nextInt(25))),
                    Set.of(sectors[random.nextInt(3)], sectors[3 + random.nextInt(3)]),
                    random.nextInt(5) == 0 ? Set.of(ITEM) : Set.of(), random.nextInt(3) == 0,
                    random.nextInt(50) == 0 ? Set.of("3200111222") : Set.of(), 1 + random.nextInt(5),
                    random.nextInt(30) == 0 ? today.plusDays(10) : null));
            loads.put(id, random.nextInt(3));
            if (random.nextBoolean()) {
                ratings.put(id, new Matcher.Rating(1 + random.nextDouble() * 4, 1 + random.nextInt(20)));
            }
        }
        request = new RequestFacts(ITEM, WorkMode.EITHER, Language.VI, communes[7], "C", "3200111222", Set.of(5L, 9L));
        rareSector = new RequestFacts(ITEM, WorkMode.EITHER, Language.VI, communes[50], "A", null, Set.of());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 4)
    public List<Match> rankTopFive() {
        return Matcher.rank(request, pool, loads, ratings, rules, today, policy.offer().shownCandidates());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 4)
    public List<Match> rankTopFiveRareSector() {
        return Matcher.rank(rareSector, pool, loads, ratings, rules, today, policy.offer().shownCandidates());
    }

    /** What a ranking pays once after a load or a rating in the pool changed: the per-pool rules over everyone. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 4)
    public PoolScores scorePool() {
        return PoolScores.of(rules, ITEM, pool, today, loads, ratings);
    }
}
