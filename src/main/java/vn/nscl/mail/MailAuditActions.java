package vn.nscl.mail;

/** Audit actions of the mail outbox. */
final class MailAuditActions {

    static final String MAIL_RESENT = "MAIL_RESENT";

    private MailAuditActions() {
    }
}
