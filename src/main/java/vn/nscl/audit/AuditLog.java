package vn.nscl.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.shared.AccountPrincipal;
import vn.nscl.shared.RequestOrigin;

/**
 * Writes and searches the audit log. Recording joins the caller's transaction: the entry exists exactly when the
 * change it describes was committed.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an action of the signed-in user (or of the system when nobody is signed in). */
    @Transactional
    public void record(String action, String targetType, Object targetId, String details) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Long actorId = null;
        String actorEmail = null;
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            actorId = principal.accountId();
            actorEmail = principal.email();
        }
        recordAs(actorId, actorEmail, action, targetType, targetId, details);
    }

    /** Records an action whose actor is known but not (or not yet) signed in, such as a failed login. */
    @Transactional
    public void recordAs(Long actorId, String actorEmail, String action, String targetType, Object targetId,
            String details) {
        events.save(new AuditEvent(clock.instant(), actorId, actorEmail, action, targetType,
                targetId == null ? null : String.valueOf(targetId), details, RequestOrigin.currentAddress()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<AuditEntry> search(AuditQuery query, Pageable pageable) {
        Sort newest = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));
        PageRequest page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 500), newest);
        // A slice, not a page: the grid asks for the count once ({@link #count}), not with every page it fetches.
        return events.findBy(AuditSpecifications.matching(query), q -> q.sortBy(newest).slice(page))
                .map(AuditEvent::toEntry);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return events.count(AuditSpecifications.matching(query));
    }

    /** The action codes that occur in the log, for the search filter. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return events.findDistinctActions();
    }

    /** The newest entries, for the administrator's home page. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return search(AuditQuery.all(), PageRequest.of(0, limit)).getContent();
    }

    /**
     * The decisions recorded on one record (an expert's verification, say), newest first: for the officers who decide
     * the next time to see who decided what before, and why. Only the given actions, at most 100.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> decisionsOn(String targetType, String targetId, java.util.Collection<String> actions) {
        return events.findTop100ByTargetTypeAndTargetIdAndActionInOrderByOccurredAtDescIdDesc(targetType, targetId,
                actions).stream().map(AuditEvent::toEntry).toList();
    }
}
