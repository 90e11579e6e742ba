package vn.nscl.matching;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.expert.ExpertDirectory;
import vn.nscl.notification.NotificationService;
import vn.nscl.security.Role;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SystemTask;
import vn.nscl.shared.UserFacingException;

/**
 * The officers' desk for expert requests: every request by state (those waiting for them first), every eligible
 * expert with the explained score, assigning an expert against the ranking or one the rules left out, and closing a
 * request nobody can take, each with a reason (audited).
 */
@Service
public class RequestDeskService {

    public static final int REASON_MAX_LENGTH = Offer.REASON_MAX_LENGTH;

    private final SupportRequestRepository requests;
    private final RequestAccess access;
    private final RequestViews views;
    private final Matchmaking matchmaking;
    private final EnterpriseService enterprises;
    private final ExpertDirectory experts;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;

    RequestDeskService(SupportRequestRepository requests, RequestAccess access, RequestViews views,
            Matchmaking matchmaking, EnterpriseService enterprises, ExpertDirectory experts,
            NotificationService notifications, AuditLog audit, Clock clock) {
        this.experts = experts;
        this.requests = requests;
        this.access = access;
        this.views = views;
        this.matchmaking = matchmaking;
        this.enterprises = enterprises;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the requests in the given states (all when empty), newest first. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SupportRequestView> requests(java.util.Set<RequestStatus> states, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.max(1, Math.min(pageable.getPageSize(), 200)),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        return views.of(requests.findByStatusIn(statesOrAll(states), page));
    }

    /** How many requests are in the given states (all when empty). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(java.util.Set<RequestStatus> states) {
        return requests.countByStatusIn(statesOrAll(states));
    }

    private static java.util.Set<RequestStatus> statesOrAll(java.util.Set<RequestStatus> states) {
        return states.isEmpty() ? java.util.EnumSet.allOf(RequestStatus.class) : states;
    }

    /** Every expert who may take the request now, best first, with the explained score. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Match> eligible(long requestId) {
        SupportRequest request = access.find(requestId);
        return request.getStatus().beforeAcceptance() ? matchmaking.rank(request, 0) : List.of();
    }

    /**
     * Offers the request to the expert the officer chose, whatever their rank (the hard constraints still hold).
     * A reason is required; an offer waiting with another expert is withdrawn.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void assign(long requestId, long expertId, String rawReason, long expectedVersion) {
        String reason = FieldChecks.required("reason", rawReason, REASON_MAX_LENGTH);
        SupportRequest request = undecided(requestId, expectedVersion);
        List<Match> eligible = matchmaking.rank(request, 0);
        int rank = 0;
        Match chosen = null;
        for (int i = 0; i < eligible.size() && chosen == null; i++) {
            if (eligible.get(i).expertId() == expertId) {
                chosen = eligible.get(i);
                rank = i + 1;
            }
        }
        if (chosen == null) {
            throw new UserFacingException("request.error.expert-unavailable");
        }
        offerByOfficer(request, chosen, rank, reason, "expert " + expertId + " (rank " + rank + "): " + reason);
    }

    /** An expert the rules left out of a request, and the rules' words for why (busy, outside the area, …). */
    public record LeftOut(long expertId, String name, String organisation, String why) {
    }

    /**
     * The experts able in the request's tool whom the rules left out, with each reason: when nobody is eligible
     * (or the ranking does not fit), an officer may still give the request to one of them, saying why.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<LeftOut> leftOut(long requestId) {
        SupportRequest request = access.find(requestId);
        if (!request.getStatus().beforeAcceptance()) {
            return List.of();
        }
        java.util.Map<Long, String> excluded = matchmaking.outcome(request, matchmaking.rules()).excluded();
        var names = experts.byIds(excluded.keySet());
        return excluded.entrySet().stream().filter(e -> names.containsKey(e.getKey()))
                .map(e -> new LeftOut(e.getKey(), names.get(e.getKey()).fullName(),
                        java.util.Objects.requireNonNullElse(names.get(e.getKey()).organisation(), ""), e.getValue()))
                .sorted(java.util.Comparator.comparing(LeftOut::name)).toList();
    }

    /**
     * Gives the request to an expert the rules left out: the officer's reason and the rules' own are both kept on
     * the offer and in the audit log (internal); the expert may still decline.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void assignLeftOut(long requestId, long expertId, String rawReason, long expectedVersion) {
        String reason = FieldChecks.required("reason", rawReason, REASON_MAX_LENGTH);
        SupportRequest request = undecided(requestId, expectedVersion);
        LeftOut chosen = leftOut(requestId).stream().filter(l -> l.expertId() == expertId).findFirst()
                .orElseThrow(() -> new UserFacingException("request.error.expert-unavailable"));
        if (!experts.mayTakeWork(expertId)) {
            throw new UserFacingException("request.error.expert-unavailable");
        }
        String why = reason + " (" + chosen.why() + ")";
        offerByOfficer(request, new Match(expertId, chosen.name(), chosen.organisation(), false, 0, List.of()), 0,
                why.length() > REASON_MAX_LENGTH ? why.substring(0, REASON_MAX_LENGTH) : why,
                "expert " + expertId + " (left out by the rules: " + chosen.why() + "): " + reason);
    }

    /** Closes a request nobody can take (or that is no longer needed), with a reason the enterprise is told. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void close(long requestId, String rawReason, long expectedVersion) {
        String reason = FieldChecks.required("reason", rawReason, REASON_MAX_LENGTH);
        SupportRequest request = undecided(requestId, expectedVersion);
        matchmaking.withdrawOpenOffer(request);
        notifications.handled(Role.OFFICER, "requests/" + requestId);
        request.cancelled();
        matchmaking.event(request, "CLOSED_BY_OFFICER", reason);
        audit.record(MatchingAuditActions.REQUEST_CLOSED, "support-request", requestId, reason);
        tellEnterprise(request, "notify.request.closed", reason);
        matchmaking.flushOrChangedMeanwhile();
    }

    /** A request no expert has accepted yet, as the officer saw it (a change made meanwhile is refused). */
    private SupportRequest undecided(long requestId, long expectedVersion) {
        SupportRequest request = access.find(requestId);
        RequestAccess.checkVersion(request, expectedVersion);
        if (!request.getStatus().beforeAcceptance()) {
            throw new UserFacingException("request.error.wrong-state");
        }
        return request;
    }

    /**
     * The officer's choice of expert: an open offer is withdrawn, the other officers' notifications about the
     * request are done, the chosen expert is offered it with the (internal) reason, and the enterprise is told.
     */
    private void offerByOfficer(SupportRequest request, Match chosen, int rank, String offerReason,
            String auditDetail) {
        matchmaking.withdrawOpenOffer(request);
        notifications.handled(Role.OFFICER, "requests/" + request.getId());
        matchmaking.offer(request, chosen, rank, ChosenBy.OFFICER, offerReason);
        audit.record(MatchingAuditActions.REQUEST_ASSIGNED, "support-request", request.getId(), auditDetail);
        tellEnterprise(request, "notify.request.assigned", chosen.expertName());
        matchmaking.flushOrChangedMeanwhile();
    }

    private void tellEnterprise(SupportRequest request, String messageKey, String detail) {
        Long enterpriseAccount = SystemTask.run(() -> enterprises.get(request.getEnterpriseId())).accountId();
        notifications.tell(enterpriseAccount, messageKey, "requests/" + request.getId(), matchmaking.itemOf(request),
                detail);
    }

    /** How many requests wait for an officer (home page badge). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long waitingForOfficers() {
        return requests.countByStatusIn(EnumSet.of(RequestStatus.AWAITING_OFFICER, RequestStatus.NO_MATCH));
    }

}
