package vn.nscl.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.notification.NotificationService;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.testsupport.TestEnterprises;

/** Courses from publication to certificates, with the limits that keep registrations and attendance honest. */
@SpringBootTest
class TrainingFlowTest {

    static final String OFFICER = "officer@example.com";

    @Autowired
    TrainingService training;

    @Autowired
    NotificationService notifications;

    @Autowired
    TestEnterprises as;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    long course(LocalDate day, int capacity) {
        return as.as(OFFICER, () -> training.publish(new CourseEdit("Áp dụng 5S", Topic.TOOLS, "Thực hành 5S", day,
                "Đông Hà", false, capacity, 0)));
    }

    CourseView view(long id) {
        return as.as(OFFICER, () -> training.courses().stream().filter(c -> c.id() == id).findFirst().orElseThrow());
    }

    @Test
    void a_course_is_checked_whole_before_it_is_published() {
        assertThatThrownBy(() -> as.run(OFFICER, () -> training.publish(new CourseEdit(" ", null, "x".repeat(2001),
                null, "", false, 0, 0)))).isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.fieldProblems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                                "title", "topic", "description", "startsOn", "place", "capacity"));
        long online = as.as(OFFICER, () -> training.publish(new CourseEdit("Trực tuyến", Topic.AWARENESS, "", today(),
                "", true, 5, 0)));
        assertThat(view(online).online()).isTrue();
        assertThatThrownBy(() -> as.run("enterprise@example.com", () -> training.publish(new CourseEdit("x",
                Topic.AWARENESS, "", today(), "", true, 5, 0)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void several_people_are_registered_at_once_or_none_when_any_row_is_wrong_or_seats_are_short() {
        TestEnterprises.Created enterprise = as.create("C", false, EnterpriseType.ENTERPRISE);
        long id = course(today().plusDays(7), 3);
        assertThatThrownBy(() -> as.run(enterprise.email(), () -> training.register(id, List.of(
                new TrainingService.Trainee("Ngô Văn Lâm", "Kế toán"), new TrainingService.Trainee(" ", ""),
                new TrainingService.Trainee("ngô văn lâm", "")))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("staffName.1", "training.error.staff-name"),
                                org.assertj.core.groups.Tuple.tuple("staffName.2", "training.error.duplicate-row")));
        assertThat(view(id).registered()).as("nothing saved").isZero();
        assertThatThrownBy(() -> as.run(enterprise.email(), () -> training.register(id, List.of(
                new TrainingService.Trainee("A Lăng", ""), new TrainingService.Trainee("Hồ Văn Ba", ""),
                new TrainingService.Trainee("Kăn Tờ", ""), new TrainingService.Trainee("Y Bhiên", "")))))
                .hasMessageContaining("training.error.seats-left");
        assertThat(view(id).registered()).isZero();

        List<Long> ids = as.as(enterprise.email(), () -> training.register(id, List.of(
                new TrainingService.Trainee(" Ngô Văn Lâm ", "Kế toán"), new TrainingService.Trainee("Lê Thị Hoa", ""))));

        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(as.as(enterprise.email(), () -> training.myRegistrations())).extracting(RegistrationView::staffName)
                .contains("Ngô Văn Lâm", "Lê Thị Hoa");
        assertThatThrownBy(() -> as.run(enterprise.email(), () -> training.register(id, List.of(
                new TrainingService.Trainee("Lê Thị Hoa", "")))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactly("staffName.0"));
        assertThatThrownBy(() -> as.run(enterprise.email(), () -> training.register(id, List.of())))
                .hasMessageContaining("training.error.group-size");
    }

    @Test
    void registration_attendance_and_certificates() throws Exception {
        TestEnterprises.Created enterprise = as.create("C", false, EnterpriseType.ENTERPRISE);
        TestEnterprises.Created other = as.create("C", false, EnterpriseType.ENTERPRISE);
        long id = course(today(), 3);
        long an = as.as(enterprise.email(), () -> training.register(id, "  Nguyễn Văn An ", "Quản đốc"));
        assertThatThrownBy(() -> as.run(enterprise.email(), () -> training.register(id, "nguyễn văn an", "")))
                .as("the same person twice").isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(
                        e.fieldProblems()).extracting(FieldProblem::messageKey).containsExactly("training.error.duplicate"));
        as.run(enterprise.email(), () -> training.register(id, "Lê Thị Bình", ""));
        long chi = as.as(other.email(), () -> training.register(id, "Trần Chi", ""));
        assertThatThrownBy(() -> as.run(other.email(), () -> training.register(id, "Hồ Dũng", "")))
                .hasMessageContaining("training.error.full");
        assertThat(view(id).registered()).isEqualTo(3);
        assertThat(as.as(enterprise.email(), () -> training.myRegistrations())).extracting(RegistrationView::staffName)
                .containsExactlyInAnyOrder("Nguyễn Văn An", "Lê Thị Bình");
        assertThatThrownBy(() -> as.run(other.email(), () -> training.unregister(an)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(enterprise.email(), () -> training.unregister(an)))
                .as("on the day itself").hasMessageContaining("training.error.started");

        assertThatThrownBy(() -> as.run(OFFICER, () -> training.issueCertificates(id)))
                .hasMessageContaining("training.error.no-one-to-certify");
        as.run(OFFICER, () -> training.setAttended(an, true));
        assertThat(as.as(OFFICER, () -> training.issueCertificates(id))).isEqualTo(1);
        assertThatThrownBy(() -> as.run(OFFICER, () -> training.setAttended(an, false)))
                .hasMessageContaining("training.error.certified");
        RegistrationView certified = as.as(enterprise.email(), () -> training.myRegistrations()).stream()
                .filter(r -> r.id() == an).findFirst().orElseThrow();
        assertThat(certified.certificateNumber()).startsWith("NSCL-" + today().getYear() + "-");
        byte[] pdf = as.as(enterprise.email(), () -> training.certificatePdf(an));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("GIẤY CHỨNG NHẬN", "Nguyễn Văn An",
                    certified.certificateNumber());
        }
        assertThatThrownBy(() -> as.run(other.email(), () -> training.certificatePdf(an)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(other.email(), () -> training.certificatePdf(chi)))
                .hasMessageContaining("training.error.no-certificate");
    }

    @Test
    void attendance_waits_for_the_day_and_registration_closes_after_it() {
        TestEnterprises.Created enterprise = as.create("C", false, EnterpriseType.ENTERPRISE);
        long future = course(today().plusDays(10), 10);
        long r = as.as(enterprise.email(), () -> training.register(future, "Phạm Văn Em", ""));
        assertThatThrownBy(() -> as.run(OFFICER, () -> training.setAttended(r, true)))
                .hasMessageContaining("training.error.not-yet");
        as.run(enterprise.email(), () -> training.unregister(r));
        assertThat(view(future).registered()).isZero();
        long past = course(today().minusDays(1), 10);
        assertThatThrownBy(() -> as.run(enterprise.email(), () -> training.register(past, "Phạm Văn Em", "")))
                .hasMessageContaining("training.error.closed");
    }

    @Test
    void cancelling_a_course_tells_the_enterprises_and_hides_it_from_them() {
        TestEnterprises.Created enterprise = as.create("C", false, EnterpriseType.ENTERPRISE);
        long id = course(today().plusDays(3), 10);
        as.run(enterprise.email(), () -> training.register(id, "Võ Thị Giang", ""));
        long unread = as.as(enterprise.email(), () -> notifications.unreadCount());
        as.run(OFFICER, () -> training.cancel(id, view(id).version()));
        assertThat(as.as(enterprise.email(), () -> notifications.unreadCount())).isEqualTo(unread + 1);
        List<CourseView> seen = as.as(enterprise.email(), () -> training.courses());
        assertThat(seen).noneMatch(c -> c.id() == id);
        assertThatThrownBy(() -> as.run(enterprise.email(), () -> training.register(id, "Người khác", "")))
                .hasMessageContaining("training.error.closed");
        assertThatThrownBy(() -> as.run(OFFICER, () -> training.cancel(id, 0)))
                .hasMessageContaining("error.changed-meanwhile");
        assertThatThrownBy(() -> as.run(OFFICER, () -> training.cancel(id, view(id).version())))
                .as("not twice").hasMessageContaining("training.error.closed");
        assertThatThrownBy(() -> as.run(OFFICER, () -> training.issueCertificates(id)))
                .hasMessageContaining("training.error.closed");
        long held = course(today(), 10);
        assertThatThrownBy(() -> as.run(OFFICER, () -> training.cancel(held, view(held).version())))
                .as("a course that took place keeps its attendance").hasMessageContaining("training.error.cancel-held");
    }
}
