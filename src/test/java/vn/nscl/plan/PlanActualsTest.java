package vn.nscl.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.CertificateKind;
import vn.nscl.expert.ExpertProfileService;
import vn.nscl.expert.ExpertReviewService;
import vn.nscl.support.ReviewService;
import vn.nscl.testsupport.TestApplications;
import vn.nscl.testsupport.TestAssessments;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestExperts;
import vn.nscl.training.CourseEdit;
import vn.nscl.training.Topic;
import vn.nscl.training.TrainingService;
import vn.nscl.testsupport.TestFiles;

/**
 * Actual values from platform records against fixtures counted by hand: each test adds records and checks that the
 * actual grows by exactly what it added (other tests share the database), and that the records behind it are listed.
 */
@SpringBootTest
class PlanActualsTest {

    static final String OFFICER = "officer@example.com";
    static final BigDecimal SMALL = new BigDecimal("80");
    static final BigDecimal OWN = new BigDecimal("40");

    @Autowired
    PlanTargetService plan;

    @Autowired
    TestEnterprises as;

    @Autowired
    TestExperts experts;

    @Autowired
    ExpertProfileService profiles;

    @Autowired
    ExpertReviewService expertReviews;

    @Autowired
    TestApplications applications;

    @Autowired
    ReviewService reviews;

    @Autowired
    TrainingService training;

    @Autowired
    Clock clock;

    @Autowired
    DashboardService dashboards;

    @Autowired
    TestAssessments assessments;

    int year() {
        return LocalDate.now(clock).getYear();
    }

    BigDecimal actual(String code) {
        return as.as(OFFICER, () -> plan.progress().stream().filter(p -> p.target().code().equals(code)).findFirst()
                .orElseThrow().actualIn(year()));
    }

    List<PlanEvent> behind(String code) {
        return as.as(OFFICER, () -> plan.recordsBehind(code, year()));
    }

    @Test
    void certified_experts_count_verified_experts_with_a_checked_productivity_certificate() {
        BigDecimal before = actual("P2");
        TestExperts.Created certified = certifiedExpert(true);
        certifiedExpert(false);
        TestExperts.Created twice = certifiedExpert(true);
        as.run(twice.email(), () -> profiles.addCertificate(CertificateKind.PRODUCTIVITY_EXPERT, null, "APO-2",
                "APO", null, "chung-chi.pdf", TestFiles.pdf("second")));
        assertThat(actual("P2")).as("two experts; the one whose certificate is unchecked does not count")
                .isEqualByComparingTo(before.add(new BigDecimal("2")));
        assertThat(behind("P2")).extracting(PlanEvent::link).contains("experts/" + certified.id(),
                "experts/" + twice.id());
    }

    @Test
    void supported_enterprises_count_each_enterprise_once_per_year() {
        BigDecimal before = actual("T-2025-c");
        TestApplications.Applicant first = applications.applicant();
        TestApplications.Applicant second = applications.applicant();
        long a = approved(first);
        long b = approved(second);
        applications.submitted(applications.applicant(), SMALL, OWN);
        assertThat(actual("T-2025-c")).as("two approved; a submitted one is not support yet")
                .isEqualByComparingTo(before.add(new BigDecimal("2")));
        assertThat(behind("T-2025-c")).extracting(PlanEvent::link).contains("applications/" + a, "applications/" + b);
    }

    @Test
    void trained_enterprises_and_staff_per_enterprise_count_attendance_only() {
        BigDecimal before = actual("T-2025-b");
        List<PlanEvent> staffBefore = behind("T-train");
        TestEnterprises.Created one = as.create("C", false, EnterpriseType.ENTERPRISE);
        TestEnterprises.Created two = as.create("A", true, EnterpriseType.COOPERATIVE);
        TestEnterprises.Created absent = as.create("C", false, EnterpriseType.ENTERPRISE);
        long course = as.as(OFFICER, () -> training.publish(new CourseEdit("Nhận thức năng suất", Topic.AWARENESS, "",
                LocalDate.now(clock), "Đông Hà", false, 10, 0)));
        long r1 = as.as(one.email(), () -> training.register(course, "Nguyễn Văn An", "Giám đốc"));
        long r2 = as.as(one.email(), () -> training.register(course, "Lê Thị Bình", ""));
        long r3 = as.as(two.email(), () -> training.register(course, "Trần Chi", ""));
        as.as(absent.email(), () -> training.register(course, "Hồ Dũng", ""));
        as.run(OFFICER, () -> List.of(r1, r2, r3).forEach(r -> training.setAttended(r, true)));

        assertThat(actual("T-2025-b")).as("two enterprises attended; the absent one does not count")
                .isEqualByComparingTo(before.add(new BigDecimal("2")));
        Set<String> people = new HashSet<>();
        Set<String> groups = new HashSet<>();
        staffBefore.forEach(e -> {
            people.add(e.key());
            groups.add(e.group());
        });
        BigDecimal expected = BigDecimal.valueOf(people.size() + 3)
                .divide(BigDecimal.valueOf(groups.size() + 2), 1, java.math.RoundingMode.HALF_UP);
        assertThat(actual("T-train")).isEqualByComparingTo(expected);
        assertThat(behind("T-2025-b")).extracting(PlanEvent::link).contains("enterprises/" + one.id(),
                "enterprises/" + two.id()).doesNotContain("enterprises/" + absent.id());
    }

    @Test
    void figures_by_commune_count_each_enterprise_once_with_its_last_assessment_of_the_year() {
        String commune = experts.freshCommune();
        TestEnterprises.Created one = as.create("S", false, EnterpriseType.ENTERPRISE, commune);
        TestEnterprises.Created two = as.create("S", false, EnterpriseType.HOUSEHOLD, commune);
        assessments.quickCheck(one, 4, 2023, at(2023, 3));
        assessments.quickCheck(one, 2, 2023, at(2023, 6));
        assessments.quickCheck(two, 1, 2023, at(2023, 4));
        assessments.quickCheck(two, 3, 2024, at(2024, 4));
        Dashboard dashboard = as.as(OFFICER, () -> {
            dashboards.refreshStatistics();
            return dashboards.forYear(2023, java.util.Locale.forLanguageTag("vi"));
        });
        AreaFigures area = dashboard.byCommune().stream().filter(a -> a.code().equals(commune)).findFirst()
                .orElseThrow();
        assertThat(area.assessed()).isEqualTo(2);
        assertThat(area.averageScore()).as("the last of 2023 for each: (50 + 25) / 2").isEqualByComparingTo("37.5");
        assertThat(dashboard.statisticsAsOf()).isAfter(clock.instant().minusSeconds(600));
        assertThatThrownBy(() -> as.run("enterprise@example.com", () -> dashboards.forYear(2023,
                java.util.Locale.forLanguageTag("vi")))).isInstanceOf(AccessDeniedException.class);
    }

    private static java.time.Instant at(int year, int month) {
        return LocalDate.of(year, month, 10).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    }

    private long approved(TestApplications.Applicant applicant) {
        long id = applications.checked(applicant, SMALL, OWN);
        as.run(OFFICER, () -> reviews.approve(id, SMALL, "", applications.version(id)));
        return id;
    }

    private TestExperts.Created certifiedExpert(boolean checked) {
        TestExperts.Created expert = experts.verified(TestExperts.Spec.in(experts.freshCommune(), "5S", 2, 3));
        long certificate = as.as(expert.email(), () -> profiles.addCertificate(CertificateKind.PRODUCTIVITY_EXPERT,
                null, "NSCL-" + expert.id(), "Tổng cục TCĐLCL", LocalDate.now(clock).plusYears(2), "chung-chi.pdf",
                TestFiles.pdf("certificate")));
        if (checked) {
            as.run(OFFICER, () -> expertReviews.reviewCertificate(certificate, true, ""));
        }
        return expert;
    }
}
