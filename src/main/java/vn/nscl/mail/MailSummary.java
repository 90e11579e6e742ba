package vn.nscl.mail;

import java.time.Instant;

/** A mail in the outbox as an administrator sees it; {@code body} only where the installation shows bodies. */
public record MailSummary(long id, String recipient, String subject, String body, MailStatus status, int attempts,
        String lastError, Instant createdAt, Instant sentAt, Instant nextAttemptAt) {
}
