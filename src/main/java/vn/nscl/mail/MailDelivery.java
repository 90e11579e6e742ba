package vn.nscl.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import vn.nscl.shared.Jobs;

/**
 * Sends what the outbox holds: right after a commit and every few seconds for retries. Each mail is claimed before it
 * is sent, so two instances never send the same mail; a failure is retried with growing pauses. Without a mail server
 * mails are held (and, on a developer's machine, their text is logged so a link in them can be followed).
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 20;
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final QueuedMailRepository mails;
    private final MailServer server;
    private final TransactionTemplate transaction;
    private final String from;
    private final boolean logBodies;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-delivery");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private final Jobs jobs;

    MailDelivery(QueuedMailRepository mails, MailServer server, TransactionTemplate transaction,
            @Value("${nscl.mail.from:no-reply@nscl.local}") String from,
            @Value("${nscl.mail.log-bodies:false}") boolean logBodies, MeterRegistry meters, Clock clock, Jobs jobs) {
        this.jobs = jobs;
        this.mails = mails;
        this.server = server;
        this.transaction = transaction;
        this.from = from;
        this.logBodies = logBodies;
        this.clock = clock;
        this.sent = meters.counter("nscl.mail.sent");
        this.failed = meters.counter("nscl.mail.failed");
    }

    /** Asks for a delivery round as soon as possible; rounds asked for while one is waiting are merged. */
    void soon() {
        if (pending.compareAndSet(false, true)) {
            worker.execute(() -> {
                pending.set(false);
                deliverDue();
            });
        }
    }

    @Scheduled(initialDelayString = "${nscl.mail.retry-every:10s}", fixedDelayString = "${nscl.mail.retry-every:10s}")
    void retry() {
        jobs.local("mail-delivery", this::soon);
    }

    /** One round: claims and sends up to a batch of due mails. */
    void deliverDue() {
        try {
            Instant now = clock.instant();
            List<Long> due = transaction.execute(status -> mails.due(now, PageRequest.of(0, BATCH)));
            for (long id : due) {
                deliver(id);
            }
            if (due.size() == BATCH) {
                soon();
            }
        } catch (RuntimeException e) {
            log.warn("Mail delivery round failed; the next round retries: {}", e.getMessage());
        }
    }

    private void deliver(long id) {
        Instant now = clock.instant();
        OutgoingMail mail = transaction.execute(status -> mails.claim(id, now, now.plus(CLAIM)) == 1
                ? mails.findById(id).map(QueuedMail::toMail).orElse(null) : null);
        if (mail == null) {
            return; // another instance has it
        }
        JavaMailSender mailer = server.sender().orElse(null);
        if (mailer == null) {
            record(id, m -> m.held(clock.instant()));
            log.info("Mail {} held: no mail server configured (to {})", id, masked(mail.to()));
            if (logBodies) {
                log.info("Mail {} text (nscl.mail.log-bodies=true, development only):\n{}\n{}", id, mail.subject(),
                        mail.body());
            }
            return;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.to());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            mailer.send(message);
            record(id, m -> m.sent(clock.instant()));
            sent.increment();
        } catch (RuntimeException e) { // MailException and anything else the mail server causes
            record(id, m -> m.failed(e.getMessage(), clock.instant()));
            failed.increment();
            log.warn("Mail {} to {} not sent ({}); it will be retried", id, masked(mail.to()), e.getMessage());
        }
    }

    private void record(long id, java.util.function.Consumer<QueuedMail> outcome) {
        transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(outcome));
    }

    /** "t***@example.com": enough to tell mails apart in a log, without writing out someone's address. */
    static String masked(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
