package vn.nscl.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The matching policy file: the shipped one is valid; each kind of mistake is reported with its line. */
class PolicyFileTest {

    static final Set<String> CODES = Set.of("5S", "ISO_9001", "ISO_14001", "ISO_45001", "ISO_22000", "HACCP");

    static String shipped() throws IOException {
        return Files.readString(Path.of("rules/matching/matching.yaml"));
    }

    @Test
    void the_shipped_policy_is_valid() throws IOException {
        PolicyFile.Outcome outcome = PolicyFile.read(shipped(), CODES);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.policy().weights().total()).isEqualTo(100.0);
        assertThat(outcome.policy().offer().deadlineWorkingDays()).isEqualTo(3);
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_reported_on_the_weights_line() throws IOException {
        String text = shipped().replace("competence: 35", "competence: 40");
        PolicyFile.Outcome outcome = PolicyFile.read(text, CODES);
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("matching.policy.error.weight-sum");
            assertThat(p.detail()).isEqualTo("105.0");
            assertThat(text.lines().toList().get(p.line() - 1)).startsWith("weights:");
        });
    }

    @Test
    void a_misspelt_key_is_reported_at_its_line() throws IOException {
        String text = shipped().replace("  sector: 15", "  sektor: 15");
        PolicyFile.Outcome outcome = PolicyFile.read(text, CODES);
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("matching.policy.error.syntax");
            assertThat(p.detail()).contains("sektor");
            assertThat(text.lines().toList().get(p.line() - 1)).contains("sektor");
        });
    }

    @Test
    void out_of_range_values_and_unknown_catalogue_codes_are_reported() throws IOException {
        String text = shipped().replace("same_commune: 1.0", "same_commune: 1.5")
                .replace("deadline_working_days: 3", "deadline_working_days: 0").replace("- HACCP", "- HACCPP");
        assertThat(PolicyFile.read(text, CODES).problems()).extracting(PolicyProblem::messageKey)
                .containsExactlyInAnyOrder("matching.policy.error.fraction", "matching.policy.error.range",
                        "matching.policy.error.unknown-code");
    }

    @Test
    void broken_yaml_and_an_empty_file_are_refused() {
        assertThat(PolicyFile.read("weights: [", CODES).problems()).extracting(PolicyProblem::messageKey)
                .containsExactly("matching.policy.error.syntax");
        assertThat(PolicyFile.read("  ", CODES).problems()).extracting(PolicyProblem::messageKey)
                .containsExactly("matching.policy.error.empty");
    }
}
