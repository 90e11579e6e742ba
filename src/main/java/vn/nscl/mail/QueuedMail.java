package vn.nscl.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A mail in the outbox, with its delivery attempts. */
@Entity
@Table(name = "mail_outbox")
class QueuedMail {

    /** Pauses before each retry; after the last one the mail is given up (FAILED). */
    static final List<Duration> RETRY_PAUSES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6));
    static final int ERROR_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = OutgoingMail.TO_MAX_LENGTH)
    private String recipient;

    @Column(nullable = false, length = OutgoingMail.SUBJECT_MAX_LENGTH)
    private String subject;

    @Column(nullable = false, length = OutgoingMail.BODY_MAX_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.WAITING;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private Instant nextAttemptAt;

    @Column(length = ERROR_MAX_LENGTH)
    private String lastError;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant sentAt;

    protected QueuedMail() {
    }

    QueuedMail(OutgoingMail mail, Instant now) {
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.body = mail.body();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "?" : error.length() <= ERROR_MAX_LENGTH ? error
                : error.substring(0, ERROR_MAX_LENGTH);
        if (attempts > RETRY_PAUSES.size()) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(RETRY_PAUSES.get(attempts - 1));
        }
    }

    void held(Instant now) {
        status = MailStatus.HELD;
        lastError = "no mail server configured (spring.mail.host)";
        nextAttemptAt = now;
    }

    /** An administrator sends it again: from the start of the retry schedule. */
    void resend(Instant now) {
        if (status == MailStatus.SENT) {
            throw new vn.nscl.shared.UserFacingException("mail.error.already-sent");
        }
        status = MailStatus.WAITING;
        attempts = 0;
        nextAttemptAt = now;
    }

    OutgoingMail toMail() {
        return new OutgoingMail(recipient, subject, body);
    }

    MailSummary toSummary(boolean withBody) {
        return new MailSummary(id, recipient, subject, withBody ? body : null, status, attempts, lastError,
                createdAt, sentAt, nextAttemptAt);
    }

    Long getId() {
        return id;
    }
}
