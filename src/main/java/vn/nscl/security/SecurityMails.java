package vn.nscl.security;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import vn.nscl.mail.MailOutbox;
import vn.nscl.mail.OutgoingMail;

/**
 * The mails about an account itself: confirm the address, lift a lock, reset the password, and notices of what
 * happened to it. Queued in the caller's transaction; links point to the configured public address, never to the
 * address a request claimed to come to.
 */
@Component
class SecurityMails {

    static final String CONFIRM_ROUTE = "account/confirm";
    static final String UNLOCK_ROUTE = "account/unlock";
    static final String RESET_ROUTE = "account/reset";
    static final String EMAIL_CHANGE_ROUTE = "account/email/confirm";

    private final MailOutbox outbox;
    private final I18NProvider texts;
    private final String publicUrl;

    SecurityMails(MailOutbox outbox, I18NProvider texts,
            @Value("${nscl.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.texts = texts;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    void confirmAddress(UserAccount account, String token) {
        send(account.getEmail(), account.getDisplayName(), account.getPreferredLocale(), "mail.account.confirm",
                link(CONFIRM_ROUTE, token), AccountTokens.CONFIRM_VALIDITY.toHours());
    }

    /** Someone registered again with an address that has an account: its owner is told, nobody else learns it. */
    void alreadyRegistered(UserAccount account) {
        send(account.getEmail(), account.getDisplayName(), account.getPreferredLocale(), "mail.account.exists",
                publicUrl + "/login", publicUrl + "/account/forgot");
    }

    void locked(UserAccount account, String token, long minutes) {
        send(account.getEmail(), account.getDisplayName(), account.getPreferredLocale(), "mail.account.locked",
                link(UNLOCK_ROUTE, token), minutes);
    }

    void disabledLoginTried(UserAccount account) {
        send(account.getEmail(), account.getDisplayName(), account.getPreferredLocale(), "mail.account.disabled");
    }

    void resetPassword(UserAccount account, String token) {
        send(account.getEmail(), account.getDisplayName(), account.getPreferredLocale(), "mail.account.reset",
                link(RESET_ROUTE, token), AccountTokens.RESET_VALIDITY.toMinutes());
    }

    void passwordChanged(UserAccount account) {
        send(account.getEmail(), account.getDisplayName(), account.getPreferredLocale(),
                "mail.account.password-changed", publicUrl + "/account/forgot");
    }

    /** To the new address: the link that moves the account there. */
    void confirmNewAddress(UserAccount account, String newEmail, String token, long hours) {
        send(newEmail, account.getDisplayName(), account.getPreferredLocale(), "mail.account.email-change",
                link(EMAIL_CHANGE_ROUTE, token), hours);
    }

    /** To the current address: someone asked to move the account (nothing changes unless the link is followed). */
    void addressChangeRequested(UserAccount account, String newEmail) {
        send(account.getEmail(), account.getDisplayName(), account.getPreferredLocale(),
                "mail.account.email-change-requested", newEmail, publicUrl + "/account/password");
    }

    /** To the old address once the account moved. */
    void addressChanged(String oldEmail, UserAccount account) {
        send(oldEmail, account.getDisplayName(), account.getPreferredLocale(), "mail.account.email-changed",
                account.getEmail());
    }

    /** An administrator opened a staff account: the link sets the password (and confirms the address). */
    void staffInvitation(UserAccount account, String token) {
        send(account.getEmail(), account.getDisplayName(), account.getPreferredLocale(),
                "mail.account.staff-invitation", link(RESET_ROUTE, token), AccountTokens.INVITATION_VALIDITY.toDays());
    }

    /** An administrator sent a reset link (the person forgot, or the account must get a new password). */
    void resetByAdministrator(UserAccount account, String token) {
        send(account.getEmail(), account.getDisplayName(), account.getPreferredLocale(),
                "mail.account.reset-by-admin", link(RESET_ROUTE, token), AccountTokens.ADMIN_RESET_VALIDITY.toHours());
    }

    /** An owner invited a colleague: the link sets their password (and confirms the address). */
    void invitation(UserAccount account, String enterpriseName, String invitedBy, String token) {
        send(account.getEmail(), account.getDisplayName(), account.getPreferredLocale(), "mail.account.invitation",
                invitedBy, enterpriseName, link(RESET_ROUTE, token), AccountTokens.INVITATION_VALIDITY.toDays());
    }

    private String link(String route, String token) {
        return publicUrl + "/" + route + "?t=" + token;
    }

    private void send(String to, String name, Locale locale, String key, Object... args) {
        String body = texts.getTranslation("mail.greeting", locale, name) + "\n\n"
                + texts.getTranslation(key + ".body", locale, args) + "\n\n"
                + texts.getTranslation("mail.footer", locale);
        outbox.queue(new OutgoingMail(to, texts.getTranslation(key + ".subject", locale), body));
    }
}
