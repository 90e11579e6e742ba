package vn.nscl.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.nscl.plan.PlanTargetService;
import vn.nscl.plan.TargetEdit;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.training.CourseEdit;
import vn.nscl.training.Topic;
import vn.nscl.training.TrainingService;

/**
 * Text that other people read (a course title on every enterprise's page, a target name in the public open data, a
 * staff name printed on a certificate) refuses zero-width and text-reversing characters on the server, whatever the
 * page sent; Vietnamese letters typed in decomposed form are stored composed.
 */
@SpringBootTest
class InvisibleCharactersTest {

    private static final String OFFICER = "officer@example.com";
    private static final String ZERO_WIDTH = "\u200b";
    private static final String RIGHT_TO_LEFT = "\u202e";

    @Autowired
    TrainingService training;

    @Autowired
    PlanTargetService targets;

    @Autowired
    TestEnterprises as;

    @Test
    void text_cleaning_refuses_what_cannot_be_seen_and_composes_what_can() {
        assertThat(TextRules.hasInvisible("Hợp tác xã" + ZERO_WIDTH + " Hồ tiêu")).isTrue();
        assertThat(TextRules.hasInvisible("abc" + RIGHT_TO_LEFT + "fdp.exe")).isTrue();
        assertThat(TextRules.hasInvisible("Quảng Trị, Đông Hà — 2026")).isFalse();
        assertThat(TextRules.singleLine("Qua\u0309ng Tri\u0323")).isEqualTo("Quảng Trị");
        assertThat(TextRules.multiLine("dòng 1\r\ndòng 2\u0000")).isEqualTo("dòng 1\ndòng 2");
    }

    @Test
    void a_course_title_and_a_staff_name_with_hidden_characters_are_refused() {
        CourseEdit hidden = new CourseEdit("Tập huấn 5S" + ZERO_WIDTH, Topic.TOOLS, "Mô tả", LocalDate.now().plusDays(9),
                "Hội trường Sở", false, 20, 0);
        assertThatThrownBy(() -> as.as(OFFICER, () -> training.publish(hidden)))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems())
                        .contains(new FieldProblem("title", "error.invisible-characters")));
        long course = as.as(OFFICER, () -> training.publish(new CourseEdit("Tập huấn Kaizen", Topic.TOOLS, "Mô tả",
                LocalDate.now().plusDays(9), "Hội trường Sở", false, 20, 0)));
        var enterprise = as.create("C", false, vn.nscl.enterprise.EnterpriseType.ENTERPRISE);
        assertThatThrownBy(() -> as.as(enterprise.email(), () -> training.register(course,
                "Nguyễn" + RIGHT_TO_LEFT + " Văn A", "")))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems())
                        .contains(new FieldProblem("staffName", "error.invisible-characters")));
    }

    @Test
    void a_target_name_published_as_open_data_refuses_hidden_characters() {
        var target = as.as(OFFICER, () -> targets.targets()).getFirst();
        assertThatThrownBy(() -> as.run(OFFICER, () -> targets.update(target.code(), new TargetEdit(
                target.nameVi() + ZERO_WIDTH, target.nameEn(), target.unitVi(), target.unitEn(), target.yearFrom(),
                target.yearTo(), target.targetMin(), target.targetMax(), target.version()))))
                .satisfies(e -> assertThat(((UserFacingException) e).fieldProblems())
                        .contains(new FieldProblem("nameVi", "error.invisible-characters")));
    }
}
