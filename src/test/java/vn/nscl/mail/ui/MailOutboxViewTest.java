package vn.nscl.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import vn.nscl.mail.MailStatus;
import vn.nscl.mail.MailSummary;
import vn.nscl.testsupport.KaribuTest;

/** The administrator follows the outbox and sends a failed mail again; nobody else opens it. */
class MailOutboxViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_administrator_sees_a_failed_mail_with_its_reason_and_sends_it_again() {
        String to = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        jdbc.update("""
                insert into mail_outbox (version, recipient, subject, body, status, attempts, next_attempt_at,
                  last_error, created_at)
                values (0, ?, 'Thư thử lỗi', 'Nội dung', 'FAILED', 6, current_timestamp,
                  '550 5.1.1 mailbox unavailable', current_timestamp + interval '1' hour)""", to);
        signInAs("admin@example.com");
        UI.getCurrent().navigate("admin/mails");
        MailOutboxView view = _get(MailOutboxView.class);
        view.status.setValue(MailStatus.FAILED);

        assertThat(view.totals.getText()).contains("Lỗi:");
        MailSummary first = GridKt._get(view.grid, 0);
        assertThat(first.recipient()).isEqualTo(to);
        assertThat(first.lastError()).contains("mailbox unavailable");
        Button resend = (Button) GridKt._getCellComponent(view.grid, 0, "resend");
        resend.click();

        assertThat(jdbc.queryForObject("select status from mail_outbox where recipient = ?", String.class, to))
                .isIn("WAITING", "SENT");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'MAIL_RESENT'", Long.class))
                .isPositive();
    }

    @Test
    void an_officer_cannot_open_the_outbox() {
        signInAs("officer@example.com");
        UI.getCurrent().navigate("admin/mails");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(MailOutboxView.class)).isEmpty();
    }
}
