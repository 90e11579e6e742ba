/**
 * Mails the platform sends (notifications, account confirmations, unlock and reset links): stored in the database
 * with the change that causes them, sent after it is committed, retried with growing pauses when the mail server
 * fails, never lost on a restart and never sent by two instances at once. Administrators see what was sent, what
 * waits and what failed, and can send again.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package vn.nscl.mail;
