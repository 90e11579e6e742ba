package vn.nscl.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.testsupport.KaribuTest;

/** An officer publishes a course; an enterprise registers a participant; the officer records attendance. */
class TrainingScreensTest extends KaribuTest {

    @Test
    void a_course_already_held_is_labelled_so_and_offers_no_registration() {
        signInAs("officer@example.com");
        LocalDate lastWeek = LocalDate.now(context.getBean(java.time.Clock.class)).minusDays(7);
        context.getBean(vn.nscl.training.TrainingService.class).publish(new vn.nscl.training.CourseEdit(
                "Khóa 5S đã học", vn.nscl.training.Topic.AWARENESS, "", lastWeek, "Đông Hà", false, 10, 0));
        signInAs("enterprise@example.com");
        UI.getCurrent().navigate("training");
        var card = _find(_get(TrainingView.class).courseList, com.vaadin.flow.component.card.Card.class).stream()
                .filter(c -> "Khóa 5S đã học".equals(c.getElement().getProperty("cardTitle"))).findFirst()
                .orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("Đã diễn ra");
        assertThat(_find(card, com.vaadin.flow.component.button.Button.class)).isEmpty();
    }

    @Test
    void publish_register_attend_and_certify() {
        signInAs("officer@example.com");
        UI.getCurrent().navigate("training");
        TrainingView officer = _get(TrainingView.class);
        Dialog publish = officer.courseDialog(null);
        TextField title = _find(publish, TextField.class).getFirst();
        button(publish, "Lưu").click();
        assertThat(title.isInvalid()).as("no title").isTrue();
        title.setValue("Kaizen cho hợp tác xã");
        _find(publish, DatePicker.class).getFirst().setValue(LocalDate.now(context.getBean(java.time.Clock.class)));
        _find(publish, Checkbox.class).getFirst().setValue(true);
        _find(publish, IntegerField.class).getFirst().setValue(3);
        button(publish, "Lưu").click();
        assertThat(publish.isOpened()).isFalse();
        assertThat(cardTitles(officer.courseList)).contains("Kaizen cho hợp tác xã");
        assertThat(officer.courseList.getElement().getTextRecursively()).contains("Đã đăng ký 0/3 chỗ");

        signInAs("enterprise@example.com");
        UI.getCurrent().navigate("training");
        TrainingView enterprise = _get(TrainingView.class);
        var card = _find(enterprise.courseList, com.vaadin.flow.component.card.Card.class).stream()
                .filter(c -> "Kaizen cho hợp tác xã".equals(c.getElement().getProperty("cardTitle"))).findFirst()
                .orElseThrow();
        button(card, "Đăng ký học viên").click();
        Dialog register = _find(Dialog.class).getLast();
        TextField name = _find(register, TextField.class).getFirst();
        name.setValue("Đặng Thị Hạnh");
        button(register, "Đăng ký học viên").click();
        assertThat(register.isOpened()).isFalse();
        var refreshed = _find(enterprise.courseList, com.vaadin.flow.component.card.Card.class).stream()
                .filter(c -> "Kaizen cho hợp tác xã".equals(c.getElement().getProperty("cardTitle"))).findFirst()
                .orElseThrow();
        button(refreshed, "Đăng ký học viên").click();
        Dialog group = _find(Dialog.class).getLast();
        TraineeRows rows = _get(group, TraineeRows.class);
        rows.rows.getFirst().name().setValue("Võ Văn Tài");
        rows.add.click();
        assertThat(rows.add.isEnabled()).as("no more rows than seats left (2 of 3)").isFalse();
        assertThat(rows.rows).hasSize(2);
        assertThat(rows.save.getText()).isEqualTo("Đăng ký 2 người");
        rows.save.click();
        assertThat(rows.rows.get(1).name().isInvalid()).as("the empty second row").isTrue();
        assertThat(group.isOpened()).isTrue();
        rows.rows.get(1).name().setValue("Hoàng Thị Mai");
        rows.save.click();
        assertThat(group.isOpened()).isFalse();
        assertThat(enterprise.courseList.getElement().getTextRecursively()).contains("Đã đăng ký 3/3 chỗ");
        assertThat(enterprise.mine.getChildren().map(registered -> registered.getElement().getTextRecursively()))
                .anySatisfy(text -> assertThat(text).contains("Kaizen cho hợp tác xã", "Đặng Thị Hạnh", "Đã đăng ký",
                        "Hủy đăng ký"));

        signInAs("officer@example.com");
        UI.getCurrent().navigate("training");
        TrainingView again = _get(TrainingView.class);
        var course = again.courseList.getChildren().filter(c -> "Kaizen cho hợp tác xã"
                .equals(c.getElement().getProperty("cardTitle"))).findFirst().orElseThrow();
        button(course, "Danh sách học viên").click();
        Dialog manage = _find(Dialog.class).getLast();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<Object> people = _find(manage, com.vaadin.flow.component.grid.Grid.class)
                .getFirst();
        ((Checkbox) GridKt._getCellComponent(people, 0, "attended")).setValue(true);
        button(manage, "Cấp giấy chứng nhận").click();
        assertThat(GridKt._getFormattedRow(people, 0).toString()).contains("Đặng Thị Hạnh");
        var certificate = (com.vaadin.flow.component.Component) GridKt._getCellComponent(people, 0, "certificate");
        String number = _get(certificate, com.vaadin.flow.component.html.Anchor.class).getElement().getTextRecursively();
        assertThat(number).as("the officer downloads it from the list").startsWith("NSCL-");
        assertThat(manage.getElement().getTextRecursively()).contains("Danh sách ký tên (PDF)",
                "Danh sách tham dự (Excel)");

        button(certificate, "Cấp lại").click();
        Dialog reissue = _find(Dialog.class).getLast();
        TextField staffName = _find(reissue, TextField.class).get(0);
        assertThat(staffName.getValue()).isEqualTo("Đặng Thị Hạnh");
        staffName.setValue("Đặng Thị Hạnh Nhi");
        button(reissue, "Cấp lại").click();
        assertThat(_find(reissue, TextField.class).get(1).isInvalid()).as("a reason is required").isTrue();
        _find(reissue, TextField.class).get(1).setValue("Thiếu tên đệm");
        button(reissue, "Cấp lại").click();
        assertThat(reissue.isOpened()).isFalse();
        var replaced = (com.vaadin.flow.component.Component) GridKt._getCellComponent(people, 0, "certificate");
        assertThat(_get(replaced, com.vaadin.flow.component.html.Anchor.class).getElement().getTextRecursively())
                .isEqualTo(number + "-R1");
    }

    @Test
    void anyone_checks_a_certificate_by_the_code_its_qr_code_carries() {
        var training = context.getBean(vn.nscl.training.TrainingService.class);
        var as = context.getBean(vn.nscl.testsupport.TestEnterprises.class);
        var enterprise = as.create("C", false, vn.nscl.enterprise.EnterpriseType.ENTERPRISE);
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
        long course = as.as("officer@example.com", () -> training.publish(new vn.nscl.training.CourseEdit(
                "Quản lý chất lượng ISO 9001", vn.nscl.training.Topic.TOOLS, "", today, "Đông Hà", false, 5, 0)));
        long person = as.as(enterprise.email(), () -> training.register(course, "Trương Thị Kiểm", ""));
        as.run("officer@example.com", () -> training.setAttended(person, true));
        as.run("officer@example.com", () -> training.issueCertificates(course));
        String code = as.as("officer@example.com", () -> training.registrations(course)).getFirst()
                .verificationCode();

        // Nobody is signed in: the page is public.
        UI.getCurrent().navigate("certificate/" + code);
        CertificateVerificationView page = _get(CertificateVerificationView.class);
        assertThat(page.result.getElement().getTextRecursively()).contains("Giấy chứng nhận hợp lệ",
                "Trương Thị Kiểm", "Quản lý chất lượng ISO 9001");
        page.code.setValue("KHONGCOMA2");
        page.check.click();
        assertThat(page.result.getElement().getTextRecursively()).contains("Không tìm thấy giấy chứng nhận")
                .doesNotContain("Trương Thị Kiểm");
    }
}
