package vn.nscl.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message for one account, kept as a message key and its arguments so it reads in the reader's language. */
@Entity
@Table(name = "notification")
class Notification {

    /** Separates the arguments; a unit separator never occurs in typed text (TextRules strips control characters). */
    private static final String SEPARATOR = "\u001F";
    static final int ARGS_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long accountId;

    @Column(nullable = false, length = 100)
    private String messageKey;

    @Column(length = ARGS_MAX_LENGTH)
    private String args;

    @Column(length = 200)
    private String link;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant readAt;

    protected Notification() {
    }

    Notification(long accountId, String messageKey, List<String> args, String link, Instant createdAt) {
        this.accountId = accountId;
        this.messageKey = messageKey;
        String joined = String.join(SEPARATOR, args);
        this.args = joined.length() > ARGS_MAX_LENGTH ? joined.substring(0, ARGS_MAX_LENGTH) : joined;
        this.link = link;
        this.createdAt = createdAt;
    }

    NotificationItem toItem() {
        return new NotificationItem(id, messageKey, arguments(), link, createdAt, readAt != null);
    }

    List<String> arguments() {
        return args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    long getAccountId() {
        return accountId;
    }
}
