package vn.nscl.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kie.api.KieBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.nscl.rulebase.ShippedRules;
import vn.nscl.rulebase.RuleBaseBuilder;

/**
 * The expert case suite over the shipped rules, through the path a submission takes. Writes docs/advice-quality.md
 * (on H2, the default build) and fails when the advice falls below what the cases require.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdviceQualityTest {

    @Autowired
    AdviceCaseSuite suite;

    @Autowired
    AdviceCases cases;

    @Autowired
    RuleProperties properties;

    @Autowired
    org.springframework.core.env.Environment environment;

    private KieBase shipped;
    private AdviceCaseResults results;

    @BeforeAll
    void runTheSuite() throws IOException {
        shipped = RuleSetBuilder.build(ShippedRules.read(properties.directory(), RuleEngine.KIND)).kieBase();
        results = suite.run(shipped, cases.shipped());
        String report = AdviceQualityReport.markdown(results, new TreeSet<>(RuleBaseBuilder.ruleNames(shipped)));
        Path target = Path.of("target", "advice-quality.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, report, StandardCharsets.UTF_8);
        StringBuilder debug = new StringBuilder();
        results.outcomes().forEach(o -> {
            debug.append("== ").append(o.label()).append(o.passed() ? "" : "  FAILED").append('\n');
            o.ranked().forEach(r -> debug.append(String.format("  %2d %-22s %3d %s%n        %s%n", r.rank(),
                    r.code(), r.priority(), r.rule(), r.reasonVi())));
        });
        Files.writeString(Path.of("target", "advice-quality-ranks.txt"), debug, StandardCharsets.UTF_8);
        boolean onPostgres = java.util.Arrays.asList(environment.getActiveProfiles()).contains("postgres")
                || String.valueOf(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql");
        if (!onPostgres && Files.isDirectory(Path.of("docs"))) {
            Files.writeString(Path.of("docs", "advice-quality.md"), report, StandardCharsets.UTF_8);
        }
    }

    @Test
    void there_are_enough_realistic_cases_of_both_tiers() {
        assertThat(cases.shipped()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(results.outcomes()).filteredOn(o -> o.run().tier() == vn.nscl.assessment.Tier.QUICK)
                .hasSizeGreaterThanOrEqualTo(20);
        assertThat(results.errors()).as("runs that cannot be evaluated").isEmpty();
    }

    @Test
    void nothing_an_expert_forbids_is_ever_recommended() {
        assertThat(results.outcomes()).as("runs recommending a forbidden item (see target/advice-quality.md)")
                .filteredOn(o -> !o.forbiddenFound().isEmpty())
                .extracting(o -> o.label() + ": " + o.forbiddenFound())
                .isEmpty();
    }

    @Test
    void at_least_nine_in_ten_expected_items_are_among_the_first_five() {
        assertThat(results.firstFiveShare()).as("share of expected items in the first five: %d of %d (see "
                + "target/advice-quality.md)", results.expectedInFirstFive(), results.expected())
                .isGreaterThanOrEqualTo(AdviceCaseResults.REQUIRED_FIRST_FIVE_SHARE);
    }

    @Test
    void rules_only_conclude_what_the_catalogue_says_fits_the_enterprise() {
        assertThat(results.outcomes()).as("runs where a rule concluded a tool that is not for such an enterprise")
                .filteredOn(o -> !o.unfitting().isEmpty())
                .extracting(o -> o.label() + ": " + o.unfitting())
                .isEmpty();
    }

    @Test
    void every_rule_fires_for_at_least_one_case() {
        Set<String> silent = new TreeSet<>(RuleBaseBuilder.ruleNames(shipped));
        silent.removeAll(results.firedRules());
        assertThat(silent).as("rules that no case makes fire").isEmpty();
    }
}
