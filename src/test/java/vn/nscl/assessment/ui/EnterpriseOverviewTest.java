package vn.nscl.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import vn.nscl.expert.Language;
import vn.nscl.matching.NewSupportRequest;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.WorkMode;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestApplications;
import vn.nscl.testsupport.TestEnterprises;

/**
 * The officer's page of one enterprise shows everything DOST knows of it: figures, certificates, assessments, the
 * latest advice, expert requests, support applications and training, in the officer's words.
 */
class EnterpriseOverviewTest extends KaribuTest {

    @Autowired
    TestApplications applications;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    SupportRequestService requests;

    @Autowired
    vn.nscl.support.ReviewService reviews;

    @Autowired
    vn.nscl.support.ApplicationService applicationService;

    @Autowired
    vn.nscl.testsupport.TestAssessments assessments;

    @Autowired
    vn.nscl.testsupport.MutableClock clock;

    @Autowired
    vn.nscl.enterprise.EnterpriseNotes notes;

    @Autowired
    vn.nscl.enterprise.EnterpriseService enterpriseService;

    @Test
    void the_officer_sees_the_enterprise_whole_on_one_page() {
        TestApplications.Applicant applicant = applications.applicant();
        applications.submitted(applicant, new BigDecimal("40"), new BigDecimal("20"));
        enterprises.run(applicant.enterprise().email(), () -> requests.create(new NewSupportRequest("5S",
                "Cần chuyên gia hướng dẫn 5S cho xưởng", WorkMode.ON_SITE, Language.VI, null, null)));

        signInAs("officer@example.com");
        UI.getCurrent().navigate("enterprises/" + applicant.enterprise().id());
        String page = _get(EnterpriseAssessmentsView.class).getElement().getTextRecursively();
        assertThat(page).contains("← Danh sách doanh nghiệp", "Số liệu theo năm", "Chứng nhận và sản phẩm OCOP",
                "Khuyến nghị theo bài đánh giá năm", "Công cụ nên áp dụng trước:", "Yêu cầu chuyên gia",
                "Chờ chọn chuyên gia", "Hồ sơ đề nghị hỗ trợ", "Áp dụng 5S cho xưởng sản xuất", "Chờ thẩm định",
                "đề nghị 40, được duyệt –", "Đào tạo", "Chưa có ai của đơn vị đăng ký")
                .as("written for officers, not to the enterprise").doesNotContain("bạn");
    }

    /**
     * The rest of the page: the index over time as a picture, the follow-up after a supported project (due, then done
     * with its result), and the Department's internal notes, which the enterprise never reads.
     */
    @Test
    void the_page_shows_the_trend_the_follow_up_after_support_and_internal_notes() {
        TestApplications.Applicant applicant = applications.applicant();
        String email = applicant.enterprise().email();
        long id = applications.checked(applicant, new BigDecimal("40"), new BigDecimal("20"));
        enterprises.run("officer@example.com", () -> reviews.approve(id, new BigDecimal("40"), "",
                applications.version(id)));
        enterprises.run(email, () -> applicationService.report(id, applications.version(id), true,
                "Hoàn thành 5S ở hai xưởng, năng suất tăng 12%", null, null));

        signInAs("officer@example.com");
        UI.getCurrent().navigate("enterprises/" + applicant.enterprise().id());
        EnterpriseAssessmentsView page = _get(EnterpriseAssessmentsView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Đánh giá lại sau dự án", "đến hạn");
        assertThat(page.trend).as("one assessment: no line yet").isNull();
        String name = enterprises.as("officer@example.com", () -> enterpriseService.nameOf(
                applicant.enterprise().id()));
        UI.getCurrent().navigate("applications/review");
        assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withClasses("follow-ups")).getElement().getTextRecursively())
                .as("on the officers' follow-up list").contains(name, "Áp dụng 5S cho xưởng sản xuất");
        UI.getCurrent().navigate("plan/dashboard");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("follow-up-list"))
                .getElement().getTextRecursively()).as("and on the plan dashboard").contains(name);
        UI.getCurrent().navigate("enterprises/" + applicant.enterprise().id());

        java.time.Instant original = clock.instant();
        try {
            clock.advance(java.time.Duration.ofDays(2));
            assessments.quickCheck(applicant.enterprise(), 3, java.time.LocalDate.now(clock).getYear(),
                    clock.instant());
            UI.getCurrent().navigate("enterprises/" + applicant.enterprise().id());
            page = _get(EnterpriseAssessmentsView.class);
            assertThat(page.getElement().getTextRecursively()).contains("đã làm ngày", "điểm 75");
            UI.getCurrent().navigate("applications/review");
            assertThat(_get(com.vaadin.flow.component.details.Details.class, spec -> spec.withClasses("follow-ups")).getElement().getTextRecursively())
                    .doesNotContain(name);
            UI.getCurrent().navigate("enterprises/" + applicant.enterprise().id());
            page = _get(EnterpriseAssessmentsView.class);
            assertThat(page.trend).as("the index over time").isNotNull();
            assertThat(page.trend.getChildren().findFirst().orElseThrow())
                    .isInstanceOf(com.vaadin.flow.component.Svg.class);
        } finally {
            clock.set(original);
        }

        var noteBox = com.github.mvysny.kaributesting.v10.LocatorJ._get(page,
                com.vaadin.flow.component.textfield.TextArea.class,
                spec -> spec.withLabel("Ghi chú mới (chuyến thăm, cuộc gọi, điều đã thống nhất)"));
        com.github.mvysny.kaributesting.v10.LocatorJ._get(page, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Lưu ghi chú")).click();
        assertThat(noteBox.isInvalid()).as("an empty note").isTrue();
        noteBox.setValue("Thăm xưởng 05/12: đã sắp xếp lại kho theo 5S, hẹn đánh giá lại tháng 3.");
        com.github.mvysny.kaributesting.v10.LocatorJ._get(page, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Lưu ghi chú")).click();
        assertThat(page.getElement().getTextRecursively()).contains("Nguyễn Thị Minh Châu",
                "Thăm xưởng 05/12: đã sắp xếp lại kho theo 5S");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> enterprises.as(email,
                () -> notes.of(applicant.enterprise().id())))
                .as("internal: the enterprise never reads them")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
