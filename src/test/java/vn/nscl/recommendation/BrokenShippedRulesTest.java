package vn.nscl.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import vn.nscl.rulebase.BrokenRulesFailureAnalyzer;
import vn.nscl.rulebase.BrokenRulesException;
import vn.nscl.Application;

/** With broken shipped rules the application must not start, and must say which file and line to fix. */
class BrokenShippedRulesTest {

    @TempDir
    Path rules;

    @Test
    void the_application_refuses_to_start_and_names_the_file_and_line() throws Exception {
        Files.createDirectories(rules.resolve("recommendation"));
        Files.writeString(rules.resolve("recommendation/workplace.drl"), """
                package rules.recommendation;
                import vn.nscl.recommendation.facts.*;
                global vn.nscl.recommendation.facts.Advice advice;

                rule "Hỏng"
                    when
                        $e : Firma( employees > 5 )
                    then
                        advice.recommend(drools, "5S", 50, "a", "b");
                end
                """);

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--nscl.rules.directory=" + rules, "--server.port=0", "--nscl.demo-data.enabled=false",
                        // its own database: under -Ppostgres the shared one belongs to the cached test contexts
                        "--spring.datasource.url=jdbc:h2:mem:broken-" + UUID.randomUUID(),
                        "--spring.datasource.username=sa", "--spring.datasource.password="));

        // The rules are built beside the rest of the start-up; the start waits for them and fails with their problem.
        assertThat(failure).isNotNull();
        BrokenRulesException broken = findCause(failure);
        assertThat(broken.getMessage()).contains("rules/recommendation/workplace.drl").contains("7");
        FailureAnalysis analysis = new BrokenRulesFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("rules/recommendation/workplace.drl, dòng/line 7");
        assertThat(analysis.getAction()).contains("Fix the file and line");
    }

    private static BrokenRulesException findCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BrokenRulesException broken) {
                return broken;
            }
        }
        throw new AssertionError("no BrokenRulesException in " + failure);
    }
}
