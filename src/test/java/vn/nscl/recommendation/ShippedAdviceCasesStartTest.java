package vn.nscl.recommendation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.nscl.assessment.TrialAssessments;
import vn.nscl.enterprise.EnterpriseProfileService;

/**
 * The shipped cases are read beside the rest of the start-up: the end of the start waits for them, so a broken file
 * still stops the start, and names its file and line.
 */
class ShippedAdviceCasesStartTest {

    @TempDir
    Path rules;

    private static AdviceCases cases(String directory) {
        return new AdviceCases(new RuleProperties(directory, 5, Duration.ofSeconds(15)),
                mock(TrialAssessments.class), mock(EnterpriseProfileService.class),
                mock(SavedAdviceCaseRepository.class));
    }

    @Test
    void a_broken_case_file_stops_the_start_with_its_name_and_line() throws Exception {
        Files.createDirectories(rules.resolve("cases"));
        Files.writeString(rules.resolve("cases/hong.yaml"), """
                id: "hong"
                title: "Tệp hỏng"
                maturity: "low"
                profile:
                  type: "ENTERPRISE"
                  sectr: "C"
                """);

        AdviceCases cases = cases(rules.toString());

        assertThatThrownBy(cases::awaitStart).hasMessageContaining("rules/cases/hong.yaml").hasMessageContaining(
                "line 6").hasMessageContaining("sectr");
    }
}
