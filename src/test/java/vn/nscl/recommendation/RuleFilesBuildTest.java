package vn.nscl.recommendation;

import vn.nscl.rulebase.ShippedRules;
import vn.nscl.rulebase.RuleFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every file in rules/ builds, alone and together, and the rule set is as large as the issue asks. */
class RuleFilesBuildTest {

    @Test
    void the_shipped_rule_set_builds_with_at_least_forty_rules() {
        RuleSetBuilder.Outcome outcome = RuleSetBuilder.build(ShippedRules.read("rules", "recommendation"));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.ruleCount()).isGreaterThanOrEqualTo(40);
        List<String> names = RuleSetBuilder.ruleNames(outcome.kieBase());
        assertThat(names).anyMatch(name -> name.startsWith("Ma trận:"));
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void every_rule_file_builds_on_its_own() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("rules", "recommendation"))) {
            for (Path file : files.filter(f -> RuleFiles.isRuleFile(f.toString())).toList()) {
                RuleFiles single = new RuleFiles(java.util.Map.of("recommendation/" + file.getFileName(),
                        Files.readAllBytes(file)));
                assertThat(RuleSetBuilder.build(single).problems()).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void a_syntax_error_is_reported_once_at_its_line_in_plain_words() {
        String broken = """
                package rules.recommendation;
                import vn.nscl.recommendation.facts.*;
                global vn.nscl.recommendation.facts.Advice advice;

                rule "Thiếu giá trị"
                    when
                        $e : Enterprise( employees > )
                    then
                        advice.recommend(drools, "5S", 50, "a", "b");
                end
                """;
        RuleSetBuilder.Outcome outcome = RuleSetBuilder.build(new RuleFiles(java.util.Map.of(
                "recommendation/thieu.drl", broken.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("rules/recommendation/thieu.drl");
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.message()).startsWith("Sai cú pháp");
        });
    }
}
