package vn.nscl.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import vn.nscl.mail.MailOutbox;
import vn.nscl.mail.OutgoingMail;
import vn.nscl.security.AccountContact;
import vn.nscl.security.AccountService;
import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.SystemTask;

/**
 * Tells people what changed. {@link #tell} is called by other modules' services inside their transaction: the
 * in-app notification is stored with the change, and the mail goes out only once the change is committed.
 */
@Service
public class NotificationService {

    public static final int CENTRE_SIZE = 50;

    private final NotificationRepository notifications;
    private final AccountService accounts;
    private final MailOutbox outbox;
    private final I18NProvider texts;
    private final String publicUrl;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, AccountService accounts, MailOutbox outbox,
            I18NProvider texts, @Value("${nscl.public-url:http://localhost:8080}") String publicUrl, Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.outbox = outbox;
        this.texts = texts;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    /**
     * Stores a notification for an account and mails it after the commit; {@code link} is a route or null. A null
     * account (an enterprise DOST entered from paper that has not joined yet) has nobody to tell.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void tell(Long accountId, String messageKey, String link, Object... args) {
        if (accountId == null) {
            return;
        }
        List<String> arguments = Arrays.stream(args).map(String::valueOf).toList();
        SystemTask.run(() -> accounts.contact(accountId)).filter(AccountContact::enabled).ifPresent(contact -> {
            notifications.save(new Notification(accountId, messageKey, arguments, link, clock.instant()));
            outbox.queue(mail(contact, messageKey, link, arguments));
        });
    }

    /** Tells every enabled account with the role (officers about a request waiting for them). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void tellEveryone(Role role, String messageKey, String link, Object... args) {
        for (AccountContact contact : accounts.contactsWithRole(role)) {
            tell(contact.id(), messageKey, link, args);
        }
    }

    /** The signed-in person's latest notifications, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<NotificationItem> mine() {
        return notifications.findByAccountIdOrderByCreatedAtDescIdDesc(SignedIn.accountId(),
                PageRequest.of(0, CENTRE_SIZE)).stream().map(Notification::toItem).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByAccountIdAndReadAtIsNull(SignedIn.accountId());
    }

    /** Marks one of the caller's own notifications read (someone else's is refused). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long notificationId) {
        Notification notification = notifications.findById(notificationId)
                .orElseThrow(() -> new vn.nscl.shared.UserFacingException("error.not-found"));
        if (notification.getAccountId() != SignedIn.accountId()) {
            throw new AccessDeniedException("Notification " + notificationId + " belongs to another account");
        }
        notification.markRead(clock.instant());
    }

    /**
     * Marks read the caller's notifications that lead to the page being opened: whoever opens the request a
     * notification was about has seen it. Returns how many were marked.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int markReadAt(String path) {
        return path == null || path.isBlank() ? 0
                : notifications.markReadAt(SignedIn.accountId(), path, clock.instant());
    }

    /**
     * A colleague handled the item (decided an application, assigned a request): the notifications that asked
     * everyone with the role to look at it are read for all of them, so nobody opens what is already done.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int handled(Role role, String link) {
        List<Long> ids = accounts.contactsWithRole(role).stream().map(AccountContact::id).toList();
        return ids.isEmpty() ? 0 : notifications.markReadAtFor(ids, link, clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        notifications.markAllRead(SignedIn.accountId(), clock.instant());
    }

    private OutgoingMail mail(AccountContact contact, String messageKey, String link, List<String> args) {
        Locale locale = contact.language();
        String text = texts.getTranslation(messageKey, locale, args.toArray());
        String body = texts.getTranslation("mail.greeting", locale, contact.displayName()) + "\n\n" + text
                + (link == null ? "" : "\n\n" + publicUrl + "/" + link)
                + "\n\n" + texts.getTranslation("mail.footer", locale);
        return new OutgoingMail(contact.email(), texts.getTranslation("mail.subject", locale, text), body);
    }
}
