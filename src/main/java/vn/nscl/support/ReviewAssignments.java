package vn.nscl.support;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.notification.NotificationService;
import vn.nscl.security.AccountContact;
import vn.nscl.security.AccountService;
import vn.nscl.security.Role;
import vn.nscl.shared.ConcurrentChange;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * Who takes care of an application: an officer takes it ("Nhận xử lý") or gives it to a colleague, who is told; the
 * queue then shows each application's reviewer and filters "Việc của tôi".
 */
@Service
public class ReviewAssignments {

    private final SupportApplicationRepository applications;
    private final ApplicationAccess access;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final AuditLog audit;

    ReviewAssignments(SupportApplicationRepository applications, ApplicationAccess access, AccountService accounts,
            NotificationService notifications, AuditLog audit) {
        this.applications = applications;
        this.access = access;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
    }

    /** An officer who may review: account and name. */
    public record Reviewer(long accountId, String name) {
    }

    /** The enabled officers, by name. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Reviewer> reviewers() {
        return accounts.contactsWithRole(Role.OFFICER).stream().filter(AccountContact::enabled)
                .map(c -> new Reviewer(c.id(), c.displayName())).sorted(Comparator.comparing(Reviewer::name))
                .toList();
    }

    /** Assigns the application to an officer (null: to nobody); the officer given it is told. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void assign(long applicationId, Long reviewerAccountId, long expectedVersion) {
        SupportApplication application = access.forReview(applicationId, expectedVersion);
        Reviewer reviewer = reviewerAccountId == null ? null : reviewers().stream()
                .filter(r -> r.accountId() == reviewerAccountId).findFirst()
                .orElseThrow(() -> new UserFacingException("review.error.not-an-officer"));
        application.assignTo(reviewer == null ? null : reviewer.accountId(), reviewer == null ? null : reviewer.name());
        ConcurrentChange.flush(applications::flush);
        audit.record(SupportAuditActions.APPLICATION_ASSIGNED, "application", applicationId,
                reviewer == null ? "bỏ giao" : "giao cho " + reviewer.name());
        if (reviewer != null && reviewer.accountId() != SignedIn.accountId()) {
            notifications.tell(reviewer.accountId(), "notify.application.assigned", "applications/" + applicationId,
                    application.getTitle(), SignedIn.actorName());
        }
    }
}
