package vn.nscl.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.nscl.plan.DashboardService;
import vn.nscl.plan.PartnerService;
import vn.nscl.plan.ShowcaseService;
import vn.nscl.security.AccountContact;
import vn.nscl.training.CourseEdit;
import vn.nscl.training.Topic;
import vn.nscl.training.TrainingService;

/**
 * Demo data for the plan: the demo partner reports for its department, the provincial TV's programmes entered by the
 * Department from paper, a past course with attendance and certificates and an upcoming one, and a model enterprise
 * that shows itself on the public showcase.
 */
@Component
class DemoPlan {

    private static final String OFFICER = "officer@example.com";

    private final ActingAs acting;
    private final PartnerService partners;
    private final TrainingService training;
    private final ShowcaseService showcase;
    private final DemoApplications applications;
    private final DashboardService dashboards;
    private final Clock clock;

    DemoPlan(ActingAs acting, PartnerService partners, TrainingService training, ShowcaseService showcase,
            DemoApplications applications, DashboardService dashboards, Clock clock) {
        this.acting = acting;
        this.partners = partners;
        this.training = training;
        this.showcase = showcase;
        this.applications = applications;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    void load() {
        int year = Year.now(clock).getValue();
        acting.account(OFFICER, () -> {
            for (AccountContact partner : partners.memberships().keySet()) {
                partners.setMembership(partner.id(), "SO_CT");
            }
            for (int y = 2022; y < year; y++) {
                partners.submit("DAI_PTTH", y, Map.of("P1", BigDecimal.valueOf(2 + y % 2)), "Phối hợp với Sở Khoa "
                        + "học và Công nghệ sản xuất chuyên mục Khoa học và Công nghệ về năng suất chất lượng.", -1);
            }
            partners.submit("SO_GDDT", year - 1, Map.of("T-2030-d1", BigDecimal.ONE), "Thành lập câu lạc bộ cải "
                    + "tiến năng suất cho sinh viên tại Trường Cao đẳng Kỹ thuật Quảng Trị.", -1);
            return null;
        });
        acting.account("partner@example.com", () -> {
            partners.submit("SO_CT", year - 1, Map.of(), "Lồng ghép nội dung năng suất chất lượng vào chương trình "
                    + "khuyến công; hỗ trợ 3 cơ sở công nghiệp nông thôn đổi mới thiết bị.", -1);
            return null;
        });
        courses();
        applications.apply("go.quangtri@example.com", "APPROVED",
                "Doanh nghiệp điển hình áp dụng đồng bộ 5S, Kaizen và ISO 9001", "MODEL");
        acting.account("go.quangtri@example.com", () -> {
            if (showcase.mine().model()) {
                showcase.consent(true);
            }
            return null;
        });
        acting.account(OFFICER, dashboards::refreshStatisticsWhenFree);
    }

    private void courses() {
        LocalDate today = LocalDate.now(clock);
        long past = acting.account(OFFICER, () -> training.publish(new CourseEdit(
                "Nâng cao nhận thức về năng suất chất lượng cho doanh nghiệp", Topic.AWARENESS,
                "Năng suất là gì, các công cụ cải tiến cơ bản (5S, Kaizen), cách tự đánh giá trên nền tảng.",
                today.plusDays(1), "Hội trường Sở Khoa học và Công nghệ, Đông Hà", false, 40, 0)));
        for (String[] person : new String[][] {{"enterprise@example.com", "Nguyễn Văn Hùng", "Chủ nhiệm HTX"},
                {"enterprise@example.com", "Lê Thị Hoa", "Kế toán"},
                {"caphe.khesanh@example.com", "Trần Thị Lan", "Giám đốc"},
                {"caphe.khesanh@example.com", "Hồ Văn Nam", "Quản đốc xưởng"},
                {"go.quangtri@example.com", "Phan Văn Tâm", "Trưởng phòng kỹ thuật"}}) {
            acting.account(person[0], () -> training.register(past, person[1], person[2]));
        }
        acting.account(OFFICER, () -> {
            var course = training.courses().stream().filter(c -> c.id() == past).findFirst().orElseThrow();
            training.update(past, new CourseEdit(course.title(), course.topic(), course.description(),
                    today.minusMonths(2), course.place(), false, course.capacity(), course.version(),
                    java.time.LocalTime.of(8, 0), java.time.LocalTime.of(11, 30), "ThS. Nguyễn Văn Chất",
                    null, "Chủ doanh nghiệp, hợp tác xã và hộ kinh doanh"));
            training.registrations(past).stream().filter(r -> !r.staffName().equals("Phan Văn Tâm"))
                    .forEach(r -> training.setAttended(r.id(), true));
            training.issueCertificates(past);
            training.publish(new CourseEdit("Áp dụng 5S và Kaizen tại nơi làm việc", Topic.TOOLS,
                    "Thực hành 5S tại xưởng, đề xuất cải tiến Kaizen, đo lường kết quả.", today.plusDays(20),
                    "", true, 60, 0, java.time.LocalTime.of(14, 0), java.time.LocalTime.of(16, 30),
                    "Chuyên gia năng suất được Sở chứng nhận", today.plusDays(17),
                    "Quản đốc, tổ trưởng sản xuất"));
            return null;
        });
    }
}
