package vn.nscl.notification;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.PreDestroy;

/**
 * Sends mails after the change they announce has been committed (a rolled-back change mails nobody), on a
 * background thread, so a slow or failing mail server never slows or fails the person's action: the failure is
 * logged and the in-app notification remains. Without {@code spring.mail.host} mails are only logged.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    /** A mail ready to go. */
    record Mail(String to, String subject, String body) {
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "mail-outbox");
        thread.setDaemon(true);
        return thread;
    });

    MailOutbox(ObjectProvider<JavaMailSender> sender, @Value("${nscl.mail.from:no-reply@nscl.local}") String from) {
        this.sender = sender;
        this.from = from;
    }

    void sendAfterCommit(Mail mail) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.execute(() -> deliver(mail));
                }
            });
        } else {
            worker.execute(() -> deliver(mail));
        }
    }

    private void deliver(Mail mail) {
        JavaMailSender mailer = sender.getIfAvailable();
        if (mailer == null) {
            log.info("Mail not sent (no spring.mail.host configured) to {}: {}", mail.to(), mail.subject());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            mailer.send(message);
        } catch (RuntimeException e) { // MailException and anything else the mail server causes
            log.warn("Mail to {} could not be sent ({}); the in-app notification remains", mail.to(), e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
