package vn.nscl.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import vn.nscl.security.AccountService;
import vn.nscl.testsupport.TestEnterprises;

/**
 * In-app notifications and mails: mailed only after the commit, in the reader's language; a dead mail server harms
 * nothing.
 */
@SpringBootTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    AccountService accounts;

    @Autowired
    TestEnterprises as;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JavaMailSenderImpl mailSender;

    /** The first mail to the address whose subject contains the text, waiting up to the given time (else null). */
    MimeMessage awaitMail(String to, String subjectPart, long millis) {
        try {
            return Awaitility.await().atMost(Duration.ofMillis(millis)).pollInterval(Duration.ofMillis(50))
                    .until(() -> received(to, subjectPart), java.util.Objects::nonNull);
        } catch (ConditionTimeoutException none) {
            return null;
        }
    }

    private MimeMessage received(String to, String subjectPart) throws Exception {
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(to) && message.getSubject().contains(subjectPart)) {
                return message;
            }
        }
        return null;
    }

    long accountOf(String email) {
        return as.as(email, () -> accounts.currentAccount().id());
    }

    @Test
    void a_notification_is_kept_in_app_and_mailed_after_the_commit_in_vietnamese() throws Exception {
        long officer = accountOf("officer@example.com");
        long unreadBefore = as.as("officer@example.com", () -> notifications.unreadCount());
        as.run("admin@example.com", () -> notifications.tell(officer, "notify.expert.submitted", "experts/1",
                "Chuyên gia Mẫu Thư Điện Tử"));

        MimeMessage mail = awaitMail("officer@example.com", "Mẫu Thư Điện Tử", 5000);
        assertThat(mail).as("mailed once committed").isNotNull();
        assertThat(mail.getSubject())
                .isEqualTo("NSCL Connect: Chuyên gia Chuyên gia Mẫu Thư Điện Tử gửi hồ sơ để xác minh.");
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getContent().toString()).contains("/experts/1");

        NotificationItem item = as.as("officer@example.com", () -> notifications.mine()).stream()
                .filter(n -> n.args().contains("Chuyên gia Mẫu Thư Điện Tử")).findFirst().orElseThrow();
        assertThat(item.messageKey()).isEqualTo("notify.expert.submitted");
        assertThat(item.read()).isFalse();
        assertThat(as.as("officer@example.com", () -> notifications.unreadCount())).isEqualTo(unreadBefore + 1);
        as.run("officer@example.com", () -> notifications.markRead(item.id()));
        assertThat(as.as("officer@example.com", () -> notifications.unreadCount())).isEqualTo(unreadBefore);
    }

    @Test
    void a_change_that_rolls_back_notifies_and_mails_nobody() throws Exception {
        long partner = accountOf("partner@example.com");
        int before = as.as("partner@example.com", () -> notifications.mine().size());
        try {
            as.run("admin@example.com", () -> transaction.executeWithoutResult(s -> {
                notifications.tell(partner, "notify.request.accepted", null, "5S");
                throw new IllegalStateException("the change failed");
            }));
        } catch (IllegalStateException expected) {
            // the caller's change failed: nothing of it may remain
        }
        assertThat(awaitMail("partner@example.com", "", 1500)).isNull();
        assertThat(as.as("partner@example.com", () -> notifications.mine().size())).isEqualTo(before);
    }

    @Test
    void a_failing_mail_server_never_fails_the_action_and_the_in_app_notification_remains() {
        long expert = accountOf("expert@example.com");
        int port = mailSender.getPort();
        mailSender.setPort(1);
        try {
            as.run("admin@example.com", () -> notifications.tell(expert, "notify.expert.verified", "expert/profile"));
            assertThat(as.as("expert@example.com", () -> notifications.mine())).extracting(NotificationItem::messageKey)
                    .contains("notify.expert.verified");
        } finally {
            mailSender.setPort(port);
        }
    }

    @Test
    void nobody_marks_someone_elses_notification() {
        long officer = accountOf("officer@example.com");
        as.run("admin@example.com", () -> notifications.tell(officer, "notify.expert.deletion", null, "X"));
        long id = as.as("officer@example.com", () -> notifications.mine()).stream()
                .filter(n -> n.messageKey().equals("notify.expert.deletion")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> as.run("enterprise@example.com", () -> notifications.markRead(id)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
