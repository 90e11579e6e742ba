package vn.nscl.matching;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.nscl.audit.AuditLog;
import vn.nscl.expert.ExpertLeaving;
import vn.nscl.notification.NotificationService;
import vn.nscl.security.Role;

/**
 * An expert leaving (deletion asked or data erased) must not hold up anyone: their open offers go to the next
 * eligible expert at once, and officers are told about engagements still in their hands. Runs in the leaving
 * expert's transaction, so both happen or neither.
 */
@Component
class ExpertDepartures {

    private final OfferRepository offers;
    private final SupportRequestRepository requests;
    private final Matchmaking matchmaking;
    private final NotificationService notifications;
    private final AuditLog audit;

    ExpertDepartures(OfferRepository offers, SupportRequestRepository requests, Matchmaking matchmaking,
            NotificationService notifications, AuditLog audit) {
        this.offers = offers;
        this.requests = requests;
        this.matchmaking = matchmaking;
        this.notifications = notifications;
        this.audit = audit;
    }

    @EventListener
    void expertLeaves(ExpertLeaving leaving) {
        for (Offer offer : offers.findByExpertIdAndStatus(leaving.expertId(), OfferStatus.OFFERED)) {
            SupportRequest request = requests.findById(offer.getRequestId()).orElseThrow();
            matchmaking.withdrawOpenOffer(request);
            matchmaking.offerNext(request, "expert left the platform", java.util.Set.of(leaving.expertId()));
        }
        List<SupportRequest> inHand = requests.findByExpertIdAndStatusInOrderByCreatedAtDesc(leaving.expertId(),
                Matchmaking.ENGAGED);
        for (SupportRequest request : inHand) {
            matchmaking.event(request, "EXPERT_LEFT", null);
            audit.record(MatchingAuditActions.REQUEST_EXPERT_LEFT, "support-request", request.getId(),
                    "chuyên gia #" + leaving.expertId());
            notifications.tellEveryone(Role.OFFICER, "notify.request.expert-left", "requests/" + request.getId(),
                    matchmaking.itemOf(request), matchmaking.enterpriseName(request));
        }
    }
}
