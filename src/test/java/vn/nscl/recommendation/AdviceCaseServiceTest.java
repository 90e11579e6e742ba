package vn.nscl.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.testsupport.TestEnterprises;

@SpringBootTest
class AdviceCaseServiceTest {

    private static final String OFFICER = "officer@example.com";

    @Autowired
    AdviceCaseService cases;

    @Autowired
    AdviceCases allCases;

    @Autowired
    SubmittedEnterprises submitted;

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    AdviceCaseSuite suite;

    @Autowired
    RuleEngine engine;

    private static AdviceCase.Expectation e(String item, String why) {
        return new AdviceCase.Expectation(item, why);
    }

    private List<FieldProblem> problems(long assessment, AdviceCaseService.NewCase request) {
        try {
            testEnterprises.as(OFFICER, () -> cases.saveFromAssessment(assessment, request));
        } catch (UserFacingException refused) {
            return refused.fieldProblems();
        }
        throw new AssertionError("the case was saved");
    }

    @Test
    void an_officer_saves_an_assessment_as_a_case_that_every_dry_run_then_checks() {
        var factory = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Đồ gỗ nội thất", false, 60, 1);
        EnterpriseSummary enterprise = testEnterprises.as(factory.email(), () -> enterprises.mine().orElseThrow());
        int before = testEnterprises.as(OFFICER, () -> cases.cases()).size();

        long id = testEnterprises.as(OFFICER, () -> cases.saveFromAssessment(factory.assessmentId(),
                new AdviceCaseService.NewCase("Xưởng đồ gỗ 60 người, nơi làm việc bừa bộn",
                        List.of(e("5S", "Xưởng bừa bộn, mọi câu ở mức 1.")), List.of(),
                        List.of(e("VIETGAP", "Không trồng trọt."), e("HACCP", "Không làm thực phẩm.")))));

        var listed = testEnterprises.as(OFFICER, () -> cases.cases());
        assertThat(listed).hasSize(before + 1);
        AdviceCaseService.CaseSummary mine = listed.stream().filter(c -> c.saved() && c.savedId() == id)
                .findFirst().orElseThrow();
        assertThat(mine.savedBy()).isEqualTo(OFFICER);
        assertThat(mine.runs()).isEqualTo(1);

        String file = testEnterprises.as(OFFICER, () -> cases.export(id));
        assertThat(file).contains("Xưởng đồ gỗ 60 người").contains("LEAN-01: 1").contains("employees: 60")
                .as("nothing that names the enterprise").doesNotContain(enterprise.name(), enterprise.enterpriseCode(),
                        enterprise.email(), enterprise.phone(), enterprise.contactPerson());

        AdviceCaseOutcome outcome = suite.run(engine.active().base(), allCases.all()).outcomes().stream()
                .filter(o -> o.aCase().source().equals("saved case " + id)).findFirst().orElseThrow();
        assertThat(outcome.error()).isNull();
        assertThat(outcome.passed()).as("the shipped rules meet what the officer expects").isTrue();

        testEnterprises.run(OFFICER, () -> cases.delete(id));
        assertThat(testEnterprises.as(OFFICER, () -> cases.cases())).hasSize(before);
    }

    @Test
    void a_case_without_expectations_with_unknown_codes_contradictions_or_reasons_missing_is_refused() {
        var factory = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 30, 2);
        long assessment = factory.assessmentId();
        assertThat(problems(assessment, new AdviceCaseService.NewCase("Ca trống", List.of(), List.of(), List.of())))
                .extracting(FieldProblem::messageKey).contains("cases.error.empty");
        assertThat(problems(assessment, new AdviceCaseService.NewCase("", List.of(e("5S", "vì")), List.of(),
                List.of()))).extracting(FieldProblem::field).contains("title");
        assertThat(problems(assessment, new AdviceCaseService.NewCase("Mã lạ", List.of(e("ISO_99999", "x")),
                List.of(e("5S", "5S không phải chương trình")), List.of())))
                .extracting(FieldProblem::messageKey).contains("cases.error.unknown-item");
        assertThat(problems(assessment, new AdviceCaseService.NewCase("Mâu thuẫn", List.of(e("5S", "cần")),
                List.of(), List.of(e("5S", "cấm"))))).extracting(FieldProblem::messageKey)
                .contains("cases.error.both");
        assertThat(problems(assessment, new AdviceCaseService.NewCase("Thiếu lý do", List.of(e("5S", " ")),
                List.of(), List.of()))).extracting(FieldProblem::field).contains("why-5S");
        assertThat(problems(assessment, new AdviceCaseService.NewCase("Tên\u202Eẩn", List.of(e("5S", "vì")),
                List.of(), List.of()))).extracting(FieldProblem::messageKey)
                .contains("error.invisible-characters");
    }

    @Test
    void only_officers_and_administrators_keep_cases() {
        var factory = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 30, 2);
        assertThatThrownBy(() -> testEnterprises.as(factory.email(), () -> cases.saveFromAssessment(
                factory.assessmentId(), new AdviceCaseService.NewCase("Tự lưu", List.of(e("5S", "vì")), List.of(),
                        List.of())))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testEnterprises.as(factory.email(), () -> cases.cases()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
