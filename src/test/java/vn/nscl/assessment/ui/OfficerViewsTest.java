package vn.nscl.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestEnterprises;

class OfficerViewsTest extends KaribuTest {

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    EnterpriseService enterprises;

    @Test
    void an_officer_opens_an_enterprises_submitted_assessments_and_their_results() {
        long id = testEnterprises.as("enterprise@example.com", () -> enterprises.mine().orElseThrow().id());
        signInAs("officer@example.com");
        UI.getCurrent().navigate("enterprises/" + id);
        AssessmentHistory history = _get(AssessmentHistory.class);
        assertThat(GridKt._size(history.grid)).isGreaterThanOrEqualTo(2);
        long latest = GridKt._get(history.grid, 0).id();

        UI.getCurrent().navigate("assessment/" + latest + "/results");
        AssessmentResultsView results = _get(AssessmentResultsView.class);
        assertThat(results.results.enterpriseName()).isEqualTo("Hợp tác xã Hồ tiêu Vĩnh Linh");
        assertThat(results.results.benchmark().available()).as("the demo sector A has five other assessed farms").isTrue();
    }
}
