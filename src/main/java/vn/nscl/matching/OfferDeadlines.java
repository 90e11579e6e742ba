package vn.nscl.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.notification.NotificationService;
import vn.nscl.shared.Jobs;
import vn.nscl.shared.SystemTask;

/**
 * Work the platform does on its own: an offer not answered by its deadline expires and the next expert is offered
 * (each offer in its own transaction, so one failure does not hold up the rest); completed engagements remind their
 * enterprise of the follow-up self-assessment when it falls due.
 */
@Component
class OfferDeadlines {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OfferDeadlines.class);

    private final OfferRepository offers;
    private final SupportRequestRepository requests;
    private final Matchmaking matchmaking;
    private final EnterpriseService enterprises;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;
    private final Jobs jobs;

    OfferDeadlines(OfferRepository offers, SupportRequestRepository requests, Matchmaking matchmaking,
            EnterpriseService enterprises, NotificationService notifications, TransactionTemplate transaction,
            AuditLog audit, Clock clock, Jobs jobs) {
        this.jobs = jobs;
        this.offers = offers;
        this.requests = requests;
        this.matchmaking = matchmaking;
        this.enterprises = enterprises;
        this.notifications = notifications;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    /** Each minute, on one instance of the cluster. */
    @Scheduled(fixedDelayString = "${nscl.matching.check-every:60s}")
    void expireOverdueOnSchedule() {
        jobs.once("offer-deadlines", Duration.ofSeconds(20), Duration.ofMinutes(10), this::expireOverdue);
    }

    /** Expires overdue offers; returns how many expired. */
    int expireOverdue() {
        var overdue = transaction.execute(s -> offers.findByStatusAndDeadlineAtBefore(OfferStatus.OFFERED,
                clock.instant()).stream().map(Offer::getId).toList());
        int expired = 0;
        for (Long offerId : overdue) {
            try {
                Boolean done = SystemTask.run(() -> transaction.execute(s -> expire(offerId)));
                expired += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                // Answered or changed at this very moment, or another instance got there first: the next run retries.
                log.warn("Offer {} could not be expired now: {}", offerId, e.getMessage());
            }
        }
        return expired;
    }

    private boolean expire(long offerId) {
        Offer offer = offers.findById(offerId).orElse(null);
        if (offer == null || offer.getStatus() != OfferStatus.OFFERED
                || offer.getDeadlineAt().isAfter(clock.instant())) {
            return false; // answered meanwhile
        }
        SupportRequest request = requests.findById(offer.getRequestId()).orElseThrow();
        offer.answer(OfferStatus.EXPIRED, null, clock.instant());
        matchmaking.event(request, "EXPIRED", null);
        audit.record(MatchingAuditActions.OFFER_EXPIRED, "support-request", request.getId(),
                "chuyên gia #" + offer.getExpertId());
        matchmaking.tellExpert(offer.getExpertId(), "notify.request.expired", "inbox", matchmaking.itemOf(request));
        matchmaking.offerNext(request, "expired");
        return true;
    }

    /** Each morning, on one instance of the cluster. */
    @Scheduled(cron = "${nscl.matching.follow-up-cron:0 0 8 * * *}", zone = "Asia/Ho_Chi_Minh")
    void remindFollowUpsOnSchedule() {
        jobs.once("follow-up-reminders", Jobs.FIRED_TOGETHER, Duration.ofMinutes(30), this::remindFollowUps);
    }

    /** Tells enterprises whose follow-up self-assessment is due; returns how many were told. */
    int remindFollowUps() {
        return SystemTask.run(() -> transaction.execute(s -> {
            var due = requests.findByStatusAndFollowupDueLessThanEqualAndFollowupRemindedAtIsNull(
                    RequestStatus.COMPLETED, LocalDate.now(clock));
            for (SupportRequest request : due) {
                request.followUpReminded(clock.instant());
                notifications.tell(enterprises.get(request.getEnterpriseId()).accountId(), "notify.request.follow-up",
                        "assessment", matchmaking.itemOf(request));
                audit.record(MatchingAuditActions.FOLLOW_UP_REMINDED, "support-request", request.getId(), null);
            }
            return due.size();
        }));
    }
}
