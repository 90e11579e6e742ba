package vn.nscl.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.shared.ui.Notifications;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestEnterprises;

/**
 * Messages after an action: a form's problems at the fields and in one summary above the form (no pile of toasts);
 * one toast at a time, closable, gone when a later success replaces it or the user leaves the page.
 */
class FormMessagesTest extends KaribuTest {

    @Autowired
    TestEnterprises enterprises;

    private static List<String> toasts() {
        return NotificationsKt.getNotifications().stream().filter(Notification::isOpened)
                .map(n -> _find(n, Span.class).stream().filter(s -> s.hasClassName("toast-text")).findFirst()
                        .map(Span::getText).orElse("")).toList();
    }

    private static List<Div> summaries() {
        return _find(UI.getCurrent(), Div.class).stream().filter(d -> d.hasClassName("form-summary")).toList();
    }

    @Test
    void a_forms_problems_are_summed_up_above_it_once_and_go_away_with_the_success() {
        signInAs(enterprises.create("C", false, EnterpriseType.ENTERPRISE).email());
        UI.getCurrent().navigate("requests/new");
        NewRequestView form = _get(NewRequestView.class);
        form.need.setValue("ngắn");
        form.send.click();
        form.send.click();

        assertThat(summaries()).as("one summary, however often sent").hasSize(1);
        String summary = summaries().getFirst().getElement().getTextRecursively();
        assertThat(summary).startsWith("Chưa lưu. Hãy sửa 2 mục dưới đây rồi gửi lại:")
                .contains("Công cụ / tiêu chuẩn cần hỗ trợ: ").contains("Bạn cần hỗ trợ gì?: ");
        assertThat(summaries().getFirst().getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(toasts()).as("field problems are not toasts").isEmpty();

        form.item.setValue(form.item.getGenericDataView().getItems().findFirst().orElseThrow());
        form.need.setValue("Xây dựng quy trình 5S cho xưởng chế biến");
        form.from.setValue(LocalDate.now().plusDays(5));
        form.send.click();

        assertThat(summaries()).isEmpty();
        assertThat(toasts()).containsExactly("Đã gửi yêu cầu. Hãy chọn chuyên gia trong danh sách đề xuất.");
    }

    @Test
    void one_toast_at_a_time_closable_and_left_behind_with_its_page() {
        signInAs("enterprise@example.com");
        UI.getCurrent().navigate("home");
        Notifications.error("Lỗi thứ nhất");
        Notifications.error("Lỗi thứ hai");
        assertThat(toasts()).containsExactly("Lỗi thứ hai");
        Notifications.success("Đã lưu");
        assertThat(toasts()).as("a success replaces the error").containsExactly("Đã lưu");

        Notification shown = NotificationsKt.getNotifications().getLast();
        assertThat(shown.getDuration()).isPositive();
        _get(shown, com.vaadin.flow.component.button.Button.class).click();
        assertThat(toasts()).isEmpty();

        Notifications.error("Lỗi ở trang chủ");
        MockVaadin.clientRoundtrip(false); // the message reached the browser; the user then opens another page
        UI.getCurrent().navigate("notifications");
        assertThat(toasts()).as("closed when leaving the page").isEmpty();
    }
}
