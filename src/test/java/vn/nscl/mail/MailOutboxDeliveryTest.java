package vn.nscl.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import vn.nscl.shared.Jobs;
import vn.nscl.testsupport.MutableClock;

/**
 * The outbox as an operator meets it: the mail server down and back, an instance stopped between the commit of a
 * change and the sending of its mail, two instances delivering at once. Every mail arrives, and arrives once.
 */
@SpringBootTest
class MailOutboxDeliveryTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    QueuedMailRepository mails;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JavaMailSenderImpl sender;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MutableClock clock;

    @Autowired
    MailServer server;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Jobs jobs;

    @Value("${nscl.mail.from:no-reply@nscl.local}")
    String from;

    private int testMailPort;
    private GreenMail lateServer;

    @BeforeEach
    void rememberMailServerAndDrainTheOutbox() {
        testMailPort = sender.getPort();
        drain(delivery); // the demo data's mails, so that each test watches its own
    }

    @AfterEach
    void restoreMailServer() {
        sender.setPort(testMailPort);
        if (lateServer != null) {
            lateServer.stop();
        }
    }

    @Test
    void a_mail_waits_while_the_mail_server_is_down_and_is_sent_once_when_it_is_back() {
        int port = freePort();
        sender.setPort(port); // nothing listens there: the mail server is down
        String to = unique("down");
        transaction.executeWithoutResult(status -> outbox.queue(new OutgoingMail(to, "Thử khi máy chủ thư tắt",
                "Nội dung")));

        long id = idOf(to);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> summary(id).attempts() >= 1);
        MailSummary failed = summary(id);
        assertThat(failed.status()).isEqualTo(MailStatus.WAITING);
        assertThat(failed.lastError()).as("the reason is kept for the administrator").isNotBlank();
        assertThat(failed.nextAttemptAt()).isAfter(clock.instant());

        lateServer = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        lateServer.start();
        delivery.deliverDue();
        assertThat(lateServer.getReceivedMessages()).as("not due yet: the retry waits its pause").isEmpty();

        clock.advance(QueuedMail.RETRY_PAUSES.getFirst().plusSeconds(1));
        drain(delivery);
        assertReceivedOnce(lateServer, to);
        assertThat(summary(id).status()).isEqualTo(MailStatus.SENT);
        assertThat(summary(id).attempts()).isEqualTo(2);
    }

    @Test
    void a_mail_committed_by_an_instance_that_stopped_before_sending_is_sent_by_the_next_delivery_round() {
        // The state a crash right after the commit leaves: the mail is stored, no delivery round was asked for.
        String to = unique("crash");
        transaction.executeWithoutResult(status -> mails.save(new QueuedMail(new OutgoingMail(to,
                "Gửi sau khi khởi động lại", "Nội dung"), clock.instant())));

        drain(freshInstance()); // what a restarted instance (or any other) does on its first rounds
        assertReceivedOnce(greenMail, to);
        assertThat(summary(idOf(to)).status()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void a_mail_claimed_by_an_instance_that_died_while_sending_is_sent_once_its_claim_runs_out() {
        String to = unique("claimed");
        transaction.executeWithoutResult(status -> mails.save(new QueuedMail(new OutgoingMail(to, "Đã nhận, chưa gửi",
                "Nội dung"), clock.instant())));
        long id = idOf(to);
        transaction.execute(status -> mails.claim(id, clock.instant(), clock.instant().plus(Duration.ofMinutes(2))));

        freshInstance().deliverDue();
        assertThat(received(greenMail, to)).as("still claimed by the dead instance").isEmpty();

        clock.advance(Duration.ofMinutes(3));
        drain(freshInstance());
        assertReceivedOnce(greenMail, to);
    }

    @Test
    void two_instances_delivering_at_once_send_each_mail_exactly_once() throws Exception {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 30; i++) {
                String to = "twice-" + batch + "-" + i + "@example.com";
                recipients.add(to);
                mails.save(new QueuedMail(new OutgoingMail(to, "Một lần thôi", "Nội dung " + i), clock.instant()));
            }
        });
        MailDelivery first = freshInstance();
        MailDelivery second = freshInstance();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> rounds(first, start));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> rounds(second, start));
        start.countDown();
        CompletableFuture.allOf(a, b).join();

        // The instance's own scheduled round may have claimed some of them meanwhile: wait until all have arrived.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> recipients.stream()
                .allMatch(to -> !received(greenMail, to).isEmpty()));
        for (String to : recipients) {
            assertThat(received(greenMail, to)).as(to).hasSize(1);
        }
    }

    @Test
    void an_administrator_sends_a_failed_mail_again() {
        String to = unique("failed");
        transaction.executeWithoutResult(status -> {
            QueuedMail mail = new QueuedMail(new OutgoingMail(to, "Thất bại", "Nội dung"), clock.instant());
            for (int i = 0; i <= QueuedMail.RETRY_PAUSES.size(); i++) {
                mail.failed("550 mailbox unavailable", clock.instant());
            }
            mails.save(mail);
        });
        long id = idOf(to);
        assertThat(summary(id).status()).isEqualTo(MailStatus.FAILED);

        vn.nscl.shared.SystemTask.run(() -> outbox.resend(id));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> summary(id).status() == MailStatus.SENT);
        assertThat(received(greenMail, to)).hasSize(1);
    }

    private void rounds(MailDelivery delivery, CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain(delivery);
    }

    /**
     * The instance's own scheduled round may have claimed the mail while a test drove another delivery: wait for it
     * to arrive, then check that it arrived once.
     */
    private static void assertReceivedOnce(GreenMail server, String to) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !received(server, to).isEmpty());
        assertThat(received(server, to)).as(to).hasSize(1);
    }

    /** Delivery rounds until nothing is due (each round takes a batch). */
    private void drain(MailDelivery rounds) {
        for (int round = 0; round < 50 && !transaction.execute(status -> mails.due(clock.instant(),
                PageRequest.of(0, 1))).isEmpty(); round++) {
            rounds.deliverDue();
        }
    }

    /** Another instance's delivery over the same database and mail server. */
    private MailDelivery freshInstance() {
        return new MailDelivery(mails, server, transaction, from, false, meters, clock, jobs);
    }

    private long idOf(String to) {
        return transaction.execute(status -> mails.findAll().stream()
                .filter(m -> m.toMail().to().equals(to)).findFirst().orElseThrow().getId());
    }

    private MailSummary summary(long id) {
        return transaction.execute(status -> mails.findById(id).orElseThrow().toSummary(false));
    }

    private static List<MimeMessage> received(GreenMail server, String to) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String unique(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
