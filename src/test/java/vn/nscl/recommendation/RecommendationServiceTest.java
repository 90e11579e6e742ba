package vn.nscl.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.testsupport.TestEnterprises;

@SpringBootTest
class RecommendationServiceTest {

    @Autowired
    RecommendationService recommendations;

    @Autowired
    StoredRecommendationRepository stored;

    @Autowired
    RuleEngine engine;

    @Autowired
    SubmittedEnterprises submitted;

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    EnterpriseProfileService profiles;

    @Autowired
    AssessmentResultsService results;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    private static List<String> codes(AssessmentRecommendations advice) {
        return advice.recommendations().stream().map(Recommendation::code).toList();
    }

    @Test
    void recommendations_are_computed_at_submission_and_stored_with_the_rule_set_version() {
        var factory = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Viên nén gỗ", false, 45, 0);

        var rows = stored.findByAssessmentIdOrderByRank(factory.assessmentId());
        assertThat(rows).as("stored when the submission committed, before anyone read them").isNotEmpty();
        assertThat(rows).allSatisfy(row -> assertThat(row.getRuleSetVersionId()).isEqualTo(engine.active().versionId()));

        AssessmentRecommendations advice = testEnterprises.as(factory.email(),
                () -> recommendations.forAssessment(factory.assessmentId()));
        assertThat(advice.ruleSetNumber()).isEqualTo(engine.active().number());
        assertThat(advice.tools()).isNotEmpty();
        assertThat(advice.tools().stream().filter(Recommendation::shown)).hasSize(5);
        assertThat(advice.tools()).allSatisfy(r -> {
            assertThat(r.rule()).isNotBlank();
            assertThat(r.priority()).isBetween(1, 100);
            assertThat(r.reasonVi()).isNotBlank();
            assertThat(r.reasonEn()).isNotBlank();
        });
        assertThat(advice.tools()).extracting(Recommendation::rank).isSorted();
        assertThat(codes(advice)).contains("5S").doesNotContain("VIETGAP", "PEPPER_QCKTDP");
        Recommendation fiveS = advice.tools().stream().filter(r -> r.code().equals("5S")).findFirst().orElseThrow();
        assertThat(fiveS.reason(Locale.forLanguageTag("vi"))).as("the reason quotes the answer the enterprise chose")
                .contains("«Đồ đạc để lẫn lộn; mất thời gian tìm dụng cụ, nguyên liệu»").doesNotContain("LEAN-01");
        assertThat(fiveS.reason(Locale.ENGLISH)).contains("“Things are mixed up");
        assertThat(advice.programmes()).isNotEmpty();
    }

    @Test
    void each_tool_is_listed_once_and_a_lacking_prerequisite_outranks_what_builds_on_it() {
        var factory = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Đồ gỗ", false, 60, 0);
        AssessmentRecommendations advice = testEnterprises.as(factory.email(),
                () -> recommendations.forAssessment(factory.assessmentId()));
        List<String> tools = advice.tools().stream().map(Recommendation::code).toList();
        assertThat(tools).doesNotHaveDuplicates().contains("5S", "TPM");
        assertThat(tools.indexOf("5S")).as("5S before TPM").isLessThan(tools.indexOf("TPM"));
        if (tools.contains("LEAN")) {
            assertThat(tools.indexOf("5S")).isLessThan(tools.indexOf("LEAN"));
        }
    }

    @Test
    void a_standard_the_enterprise_already_holds_is_not_recommended() {
        var without = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Bao bì", false, 40, 0);
        var holder = submitted.enterprise("C", EnterpriseType.ENTERPRISE, "Bao bì", false, 40);
        testEnterprises.run(holder.email(), () -> profiles.addCertification(holder.id(), "ISO_9001", "QMS-123",
                "Quacert", LocalDate.now().plusYears(2)));
        long holderAssessment = submitted.submit(holder, vn.nscl.assessment.Tier.FULL, 0);

        assertThat(codes(testEnterprises.as(without.email(), () -> recommendations.forAssessment(without.assessmentId()))))
                .contains("ISO_9001");
        assertThat(codes(testEnterprises.as(holder.email(), () -> recommendations.forAssessment(holderAssessment))))
                .doesNotContain("ISO_9001");
    }

    @Test
    void a_household_pepper_grower_is_not_advised_like_a_wood_pellet_factory() {
        var grower = submitted.submitted("A", EnterpriseType.HOUSEHOLD, "Hồ tiêu", true, 4, 0);
        var factory = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Viên nén gỗ", false, 120, 0);

        List<String> growerCodes = codes(testEnterprises.as(grower.email(),
                () -> recommendations.forAssessment(grower.assessmentId())));
        List<String> factoryCodes = codes(testEnterprises.as(factory.email(),
                () -> recommendations.forAssessment(factory.assessmentId())));

        assertThat(growerCodes).contains("VIETGAP", "PEPPER_QCKTDP")
                .doesNotContain("ISO_9001", "SIX_SIGMA", "LEAN", "KPI_BSC");
        assertThat(factoryCodes).contains("5S", "TPM", "LEAN")
                .doesNotContain("VIETGAP", "GLOBALGAP", "PEPPER_QCKTDP", "ORGANIC");
    }

    @Test
    void each_programme_out_of_reach_names_the_condition_the_enterprise_misses() {
        var grower = submitted.submitted("A", EnterpriseType.HOUSEHOLD, "Hồ tiêu", true, 4, 0);
        var strong = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 30, 4);
        var judged = testEnterprises.as(grower.email(), () -> recommendations.eligibilities(grower.enterpriseId(),
                List.of("P5", "MODEL", "P7", "PLAN")));
        assertThat(judged.get("P5").eligible()).as("a pepper grower").isTrue();
        assertThat(judged.get("MODEL").reasonVi()).contains("không gồm hộ kinh doanh");
        assertThat(judged.get("MODEL").reasonVi()).as("every unmet condition named")
                .contains("điểm tổng từ 65");
        assertThat(judged.get("P7").reasonVi()).contains("không gồm hộ kinh doanh");
        var strongJudged = testEnterprises.as(strong.email(), () -> recommendations.eligibilities(
                strong.enterpriseId(), List.of("P3", "P5", "PILOT")));
        assertThat(strongJudged.get("P3").reasonVi()).contains("mức trưởng thành 1–2", "đã đạt mức 4");
        assertThat(strongJudged.get("P5").reasonVi()).contains("hồ tiêu");
        assertThat(strongJudged.get("PILOT").reasonVi()).contains("từ 35 đến dưới 65", "mô hình điểm");
        assertThat(strongJudged.values()).noneMatch(e -> e.reasonVi().contains("chưa đáp ứng điều kiện của chương "
                + "trình này"));
    }

    @Test
    void an_enterprise_that_does_well_gets_few_tools() {
        var strong = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 30, 4);
        AssessmentRecommendations advice = testEnterprises.as(strong.email(),
                () -> recommendations.forAssessment(strong.assessmentId()));
        assertThat(advice.tools()).extracting(Recommendation::code).doesNotContain("5S", "QC7", "DIGITAL_BASICS");
    }

    @Test
    void only_who_may_read_the_assessment_reads_its_recommendations() {
        var owner = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Gạch", false, 25, 1);
        var other = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);

        assertThatThrownBy(() -> testEnterprises.as(other.email(), () -> recommendations.forAssessment(owner.assessmentId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testEnterprises.as("expert@example.com",
                () -> recommendations.forAssessment(owner.assessmentId()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> recommendations.forAssessment(owner.assessmentId()))
                .as("nobody signed in").isInstanceOf(Exception.class);
        assertThat(testEnterprises.as("officer@example.com", () -> recommendations.forAssessment(owner.assessmentId()))
                .tools()).isNotEmpty();
    }

    @Test
    void missing_recommendations_are_computed_when_first_read() {
        var factory = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Nội thất", false, 35, 1);
        List<String> before = codes(testEnterprises.as(factory.email(),
                () -> recommendations.forAssessment(factory.assessmentId())));
        transaction.executeWithoutResult(status -> stored.deleteByAssessment(factory.assessmentId()));
        assertThat(stored.findByAssessmentIdOrderByRank(factory.assessmentId())).isEmpty();

        List<String> after = codes(testEnterprises.as(factory.email(),
                () -> recommendations.forAssessment(factory.assessmentId())));
        assertThat(after).isEqualTo(before);
        assertThat(stored.findByAssessmentIdOrderByRank(factory.assessmentId())).hasSize(before.size());
    }

    @Test
    void readers_computing_missing_recommendations_at_once_store_them_once() throws Exception {
        var factory = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Nội thất", false, 35, 1);
        List<String> expected = codes(testEnterprises.as(factory.email(),
                () -> recommendations.forAssessment(factory.assessmentId())));
        for (int round = 0; round < 20; round++) {
            transaction.executeWithoutResult(status -> stored.deleteByAssessment(factory.assessmentId()));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<List<String>>> readers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    return codes(testEnterprises.as(factory.email(),
                            () -> recommendations.forAssessment(factory.assessmentId())));
                }));
            }
            start.countDown();
            for (var reader : readers) {
                assertThat(reader.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(expected);
            }
            pool.shutdown();
            assertThat(stored.findByAssessmentIdOrderByRank(factory.assessmentId())).hasSize(expected.size());
        }
    }

    @Test
    void the_pdf_report_carries_the_recommendations_and_their_reasons() throws Exception {
        var factory = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Viên nén gỗ", false, 45, 0);
        byte[] pdf = testEnterprises.as(factory.email(), () -> results.pdf(factory.assessmentId(),
                Locale.forLanguageTag("vi")));
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Việc nên làm tiếp theo").contains("Vì sao").contains("5S")
                .contains("Chương trình hỗ trợ bạn có thể tham gia");
    }

    @Test
    void figures_the_enterprise_did_not_give_are_asked_for_not_guessed() {
        var bare = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        long assessment = submitted.submit(bare, vn.nscl.assessment.Tier.QUICK, 1);
        AssessmentRecommendations advice = testEnterprises.as(bare.email(), () -> recommendations.forAssessment(assessment));
        assertThat(advice.missingFigures()).contains("employees", "value-added", "energy", "staff-trained");
        assertThat(advice.tools()).extracting(Recommendation::reasonVi)
                .allSatisfy(reason -> assertThat(reason).doesNotContain("0 lao động", "0 người", "null"));
        assertThat(advice.tools()).extracting(Recommendation::code).as("nothing that needs a size to fit")
                .doesNotContain("TPM", "ISO_9001", "SIX_SIGMA", "KAIZEN");

        var sized = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Đồ gỗ", false, 60, 1);
        assertThat(testEnterprises.as(sized.email(), () -> recommendations.forAssessment(sized.assessmentId()))
                .missingFigures()).doesNotContain("employees", "value-added");
    }
}
