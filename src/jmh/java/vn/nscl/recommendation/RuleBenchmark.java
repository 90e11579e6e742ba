package vn.nscl.recommendation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
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

import vn.nscl.catalogue.Catalogue;
import vn.nscl.rulebase.RuleFiles;
import vn.nscl.rulebase.ShippedRules;
import vn.nscl.recommendation.facts.Assessment;
import vn.nscl.recommendation.facts.DimensionScore;
import vn.nscl.recommendation.facts.Enterprise;
import vn.nscl.recommendation.facts.Indicators;
import vn.nscl.recommendation.facts.QuestionAnswer;

/**
 * Issue targets with the full rule set: evaluating one assessment ≤ 200 µs median, building the rule base ≤ 5 s; and
 * how evaluation grows when the rules are doubled and quadrupled ({@code copies}: every DRL rule repeated under a new
 * name, the decision table kept once). The facts are a full assessment of a 45-person factory: every question of the
 * bank answered, ten dimension scores, indicators.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx2g"})
public class RuleBenchmark {

    private static final Ranking.Enterprise FACTORY = new Ranking.Enterprise(Set.of(), "ENTERPRISE", 45, Set.of());

    @Param({"1", "2", "4"})
    public int copies;

    private RuleFiles files;
    private KieBase base;
    private List<Object> facts;
    private Ranking.CatalogueView catalogue;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        files = copies(ShippedRules.read("rules", RuleEngine.KIND), copies);
        RuleSetBuilder.Outcome built = RuleSetBuilder.build(files);
        if (!built.ok()) {
            throw new IllegalStateException(built.problems().toString());
        }
        System.out.printf("%n%d rules (copies=%d)%n", built.ruleCount(), copies);
        base = built.kieBase();
        facts = factory();
        catalogue = Ranking.CatalogueView.of(catalogue());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 3)
    @Measurement(iterations = 5, time = 4)
    public List<Recommendation> evaluateOneAssessment() {
        return Ranking.rank(RuleEvaluation.evaluate(base, facts), FACTORY, catalogue, 5);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public KieBase buildRuleBase() {
        return RuleSetBuilder.build(files).kieBase();
    }

    /** The shipped files with every DRL rule repeated {@code copies} times under distinct names. */
    static RuleFiles copies(RuleFiles shipped, int copies) {
        Map<String, byte[]> all = new TreeMap<>(shipped.files());
        Pattern ruleName = Pattern.compile("^rule \"([^\"]+)\"", Pattern.MULTILINE);
        for (int copy = 2; copy <= copies; copy++) {
            for (var file : shipped.files().entrySet()) {
                if (!file.getKey().endsWith(".drl")) {
                    continue;
                }
                String text = new String(file.getValue(), StandardCharsets.UTF_8);
                Matcher names = ruleName.matcher(text);
                String renamed = names.replaceAll("rule \"$1 (copy " + copy + ")\"");
                all.put(file.getKey().replace(".drl", "-copy" + copy + ".drl"), renamed.getBytes(StandardCharsets.UTF_8));
            }
        }
        return new RuleFiles(all);
    }

    /** A 45-person wood factory answering every question of the bank at level 0–2. */
    static List<Object> factory() throws IOException {
        List<Object> facts = new ArrayList<>();
        facts.add(new Enterprise("C", "ENTERPRISE", "SMALL", 45, false, "EU", "viên nén gỗ, ván ghép", 0, 1,
                Set.of("MANUFACTURING")));
        facts.add(new Assessment("full", 2026, 31.5, 1));
        Random random = new Random(7);
        for (String dimension : List.of("LEAD", "QMS", "LEAN", "INNO", "DIGI", "TRACE", "GREEN", "PEOPLE", "AGRI",
                "FOOD")) {
            facts.add(new DimensionScore(dimension, random.nextInt(60)));
        }
        String bank = Files.readString(Path.of("src/main/resources/questionnaires/bank.yaml"));
        Matcher codes = Pattern.compile("code: ([A-Z]+-\\d{2})").matcher(bank);
        while (codes.find()) {
            facts.add(new QuestionAnswer(codes.group(1), random.nextInt(3), "mức đã chọn", "chosen level"));
        }
        facts.add(new Indicators(2026, 310.0, -2.5, 4.0, 184.0, 4.5, 3.0, 6.0, 8.0, 0.1));
        return facts;
    }

    private static Catalogue catalogue() throws ReflectiveOperationException {
        var constructor = Catalogue.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }
}
