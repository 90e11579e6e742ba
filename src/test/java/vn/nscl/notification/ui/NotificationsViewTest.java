package vn.nscl.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import vn.nscl.notification.NotificationService;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestExperts;

/** The bell counts unread notifications; the centre shows them in the reader's language and opens their page. */
class NotificationsViewTest extends KaribuTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    TestExperts experts;

    @Autowired
    vn.nscl.testsupport.TestEnterprises as;

    @Test
    void the_bell_counts_unread_and_opening_one_marks_it_read_and_goes_to_its_page() {
        var expert = experts.registered();
        as.run("admin@example.com", () -> notifications.tell(expert.accountId(), "notify.expert.verified",
                "expert/profile"));
        signInAs(expert.email());
        UI.getCurrent().navigate("notifications");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.getAriaLabel().orElse("")).isEqualTo("Thông báo: 1 chưa đọc");
        NotificationsView view = _get(NotificationsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("Hồ sơ chuyên gia của bạn đã được Sở KH&CN "
                + "xác minh");
        _find(view.list, Button.class).stream().filter(b -> "Mở".equals(b.getText())).findFirst().orElseThrow().click();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("expert/profile");
        assertThat(_get(NotificationBell.class).getAriaLabel().orElse("")).isEqualTo("Thông báo: 0 chưa đọc");
    }

    @Test
    void opening_the_page_a_notification_is_about_by_any_way_marks_it_read() {
        var expert = experts.registered();
        as.run("admin@example.com", () -> notifications.tell(expert.accountId(), "notify.expert.verified",
                "expert/profile"));
        as.run("admin@example.com", () -> notifications.tell(expert.accountId(), "notify.expert.verified",
                "inbox"));
        signInAs(expert.email());
        UI.getCurrent().navigate("home");
        assertThat(_get(NotificationBell.class).getAriaLabel().orElse("")).isEqualTo("Thông báo: 2 chưa đọc");

        UI.getCurrent().navigate("expert/profile");

        assertThat(_get(NotificationBell.class).getAriaLabel().orElse(""))
                .as("the one about the profile, not the other").isEqualTo("Thông báo: 1 chưa đọc");
    }
}
