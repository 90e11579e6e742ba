package vn.nscl.notification;

import java.time.Instant;
import java.util.List;

/** A notification as the notification centre shows it; {@code link} is a route inside the application. */
public record NotificationItem(long id, String messageKey, List<String> args, String link, Instant createdAt,
        boolean read) {
}
