package vn.nscl.mail;

/** Where a queued mail stands. */
public enum MailStatus {
    /** Waiting to be sent (first try or a retry after a failure). */
    WAITING,
    SENT,
    /** Given up after the last retry; an administrator can send it again. */
    FAILED,
    /** Not sent because no mail server is configured; sent once one is and an administrator asks. */
    HELD
}
