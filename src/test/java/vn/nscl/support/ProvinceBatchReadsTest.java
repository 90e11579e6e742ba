package vn.nscl.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.testsupport.TestEnterprises;

/** The batch reads behind the officers' follow-up list are for officers only; an enterprise reads no one's names. */
@SpringBootTest
class ProvinceBatchReadsTest {

    @Autowired
    TestEnterprises as;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    AssessmentResultsService assessments;

    @Test
    void only_officers_read_names_and_scores_of_many_enterprises() {
        var other = as.create("C", false, EnterpriseType.ENTERPRISE);
        assertThat(as.as("officer@example.com", () -> enterprises.namesOf(List.of(other.id())))).containsKey(other.id());
        assertThatThrownBy(() -> as.as("enterprise@example.com", () -> enterprises.namesOf(List.of(other.id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as("enterprise@example.com", () -> assessments.submittedScores(
                List.of(other.id())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as("expert@example.com", () -> assessments.submittedScores(List.of(other.id()))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
