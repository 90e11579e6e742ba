package vn.nscl.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestEnterprises.Created;

/** The sector average uses other enterprises' latest assessments only, and only when at least five exist. */
@SpringBootTest
class SectorBenchmarkTest {

    /** Sector R (arts, entertainment) has no demo enterprise, so this test controls every peer. */
    private static final String SECTOR = "R";

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentResultsService results;

    @Autowired
    TestEnterprises testEnterprises;

    private long submitQuick(Created enterprise, int level) {
        return testEnterprises.as(enterprise.email(), () -> {
            long id = assessments.start(Tier.QUICK);
            AssessmentServiceTest.answerAll(assessments, id, level);
            assessments.submit(id);
            return id;
        });
    }

    @Test
    void no_average_below_five_peers_then_the_mean_of_their_latest_assessments() {
        Created me = testEnterprises.create(SECTOR, false, EnterpriseType.ENTERPRISE);
        long mine = submitQuick(me, 4);
        List<Created> peers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Created peer = testEnterprises.create(SECTOR, false, EnterpriseType.ENTERPRISE);
            submitQuick(peer, i % 2 == 0 ? 0 : 2);
            peers.add(peer);
        }
        SectorBenchmark four = testEnterprises.as(me.email(), () -> results.results(mine).benchmark());
        assertThat(four.peers()).isEqualTo(4);
        assertThat(four.available()).as("four peers could be told apart").isFalse();

        Created fifth = testEnterprises.create(SECTOR, false, EnterpriseType.ENTERPRISE);
        submitQuick(fifth, 1);
        // A peer improves: only its newest assessment counts.
        submitQuick(peers.getFirst(), 2);

        SectorBenchmark five = testEnterprises.as(me.email(), () -> results.results(mine).benchmark());
        assertThat(five.peers()).isEqualTo(5);
        // Latest levels of the peers: 2, 2, 0, 2, 1 -> mean 1.4 -> 35 in every dimension; my own 4s are excluded.
        assertThat(five.averages().values()).isNotEmpty()
                .allSatisfy(average -> assertThat(average).isEqualByComparingTo(new BigDecimal("35.0")));
    }
}
