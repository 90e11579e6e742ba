package vn.nscl.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestEnterprises.Created;

@SpringBootTest
class PaperAssessmentsTest {

    @Autowired
    PaperAssessments paper;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    AssessmentResultsService results;

    @Autowired
    TestEnterprises testEnterprises;

    @Test
    void an_officer_records_a_paper_assessment_for_an_earlier_year_but_an_enterprise_cannot() {
        Created farm = testEnterprises.create("A", false, EnterpriseType.COOPERATIVE);
        List<Answer> answers = questionnaires.current(Tier.QUICK).askedOf(new Respondent("A", false, false)).stream()
                .flatMap(d -> d.questions().stream()).map(q -> Answer.level(q.code(), 2)).toList();
        Instant filled = Instant.parse("2024-09-15T03:00:00Z");
        long id = testEnterprises.as("officer@example.com", () -> paper.record(farm.id(), Tier.QUICK, 2024, answers, filled));
        AssessmentResults recorded = testEnterprises.as(farm.email(), () -> results.results(id));
        assertThat(recorded.summary().year()).isEqualTo(2024);
        assertThat(recorded.scores().overall()).isEqualByComparingTo("50");
        assertThat(recorded.asked()).extracting(Dimension::code).contains("AGRI").doesNotContain("FOOD");

        testEnterprises.run(farm.email(), () -> assertThatThrownBy(
                () -> paper.record(farm.id(), Tier.QUICK, 2024, answers, filled)).isInstanceOf(AccessDeniedException.class));
        testEnterprises.run("officer@example.com", () -> assertThatThrownBy(() -> paper.record(farm.id(), Tier.QUICK,
                2019, answers, filled)).hasMessage("assessment.error.paper-date"));
        testEnterprises.run("officer@example.com", () -> assertThatThrownBy(() -> paper.record(farm.id(), Tier.QUICK,
                2024, List.of(Answer.level("FOOD-01", 2)), filled)).hasMessage("assessment.error.unknown-question"));
        testEnterprises.run("officer@example.com", () -> assertThatThrownBy(() -> paper.record(farm.id(), Tier.QUICK,
                2024, List.of(Answer.level(answers.getFirst().questionCode(), 7)), filled)).hasMessage("assessment.error.level"));
        testEnterprises.run("officer@example.com", () -> assertThatThrownBy(() -> paper.record(farm.id(), Tier.QUICK,
                2024, answers, Instant.now().plus(30, ChronoUnit.DAYS))).hasMessage("assessment.error.paper-date"));
    }
}
