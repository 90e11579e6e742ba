package vn.nscl.mail;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.UserFacingException;

/**
 * Queues mails with the change that causes them (same transaction: a rolled-back change mails nobody) and lets
 * administrators follow and resend them. Delivery happens after the commit ({@link MailDelivery}).
 */
@Service
public class MailOutbox {

    public static final int PAGE_MAX = 200;

    private final QueuedMailRepository mails;
    private final MailDelivery delivery;
    private final AuditLog audit;
    private final boolean showBodies;
    private final Clock clock;

    MailOutbox(QueuedMailRepository mails, MailDelivery delivery, AuditLog audit,
            @Value("${nscl.mail.show-bodies:false}") boolean showBodies, Clock clock) {
        this.mails = mails;
        this.delivery = delivery;
        this.audit = audit;
        this.showBodies = showBodies;
        this.clock = clock;
    }

    /** Stores the mail in the caller's transaction; it is sent once that commits. */
    @Transactional
    public void queue(OutgoingMail mail) {
        mails.save(new QueuedMail(mail, clock.instant()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.soon();
                }
            });
        } else {
            delivery.soon();
        }
    }

    /** The outbox, newest first; {@code status} null for all. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<MailSummary> list(MailStatus status, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), PAGE_MAX));
        return (status == null ? mails.findAllByOrderByCreatedAtDesc(request)
                : mails.findByStatusOrderByCreatedAtDesc(status, request)).stream()
                .map(mail -> mail.toSummary(showBodies)).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(MailStatus status) {
        return status == null ? mails.count() : mails.countByStatus(status);
    }

    /** Sends a failed or held mail again (from the start of the retry schedule). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resend(long mailId) {
        QueuedMail mail = mails.findById(mailId).orElseThrow(() -> new UserFacingException("error.not-found"));
        mail.resend(clock.instant());
        audit.record(MailAuditActions.MAIL_RESENT, "mail", mailId, null);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delivery.soon();
            }
        });
    }
}
