package vn.nscl.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.enterprise.YearFigures;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestEnterprises.Created;

/** A submitted assessment keeps the indicators it was submitted with, whatever is edited afterwards. */
@SpringBootTest
class IndicatorSnapshotTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentResultsService results;

    @Autowired
    EnterpriseProfileService profiles;

    @Autowired
    TestEnterprises testEnterprises;

    @Test
    void later_edits_of_the_figures_do_not_change_a_submitted_result() {
        Created me = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        testEnterprises.run(me.email(), () -> {
            long id = assessments.start(Tier.QUICK);
            int year = assessments.draft(id).summary().year();
            profiles.saveFigures(me.id(), figures(year - 1, "4000", "2600", null));
            YearFigures saved = profiles.saveFigures(me.id(), figures(year, "5000", "3000", null)).figures();
            AssessmentServiceTest.answerAll(assessments, id, 2);
            assessments.submit(id);

            profiles.saveFigures(me.id(), figures(year, "9999", "1000", saved.version()));

            IndicatorSnapshot snapshot = results.results(id).indicators();
            assertThat(snapshot.current().revenue()).isEqualByComparingTo("5000");
            assertThat(snapshot.derived().valueAdded()).isEqualByComparingTo("2000");
            assertThat(snapshot.derived().labourProductivity()).isEqualByComparingTo("100");
            assertThat(snapshot.derived().revenueGrowth()).isEqualByComparingTo("25");
            assertThat(snapshot.previous().revenue()).isEqualByComparingTo("4000");
        });
    }

    private static YearFigures figures(int year, String revenue, String boughtIn, Long version) {
        return new YearFigures(year, 20, new BigDecimal(revenue), null, new BigDecimal(boughtIn), null, null, null,
                null, null, null, null, version);
    }
}
