package vn.nscl.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.nscl.audit.AuditLog;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.expert.ExpertCandidate;
import vn.nscl.expert.ExpertDirectory;
import vn.nscl.notification.NotificationService;
import vn.nscl.rulebase.ActiveRules;
import vn.nscl.security.Role;
import vn.nscl.shared.ConcurrentChange;
import vn.nscl.shared.SystemTask;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The steps every matching path shares: rank the experts for a request now, offer it to one (with a deadline in
 * working days), and when an offer is declined or expires, offer the next eligible expert or tell everyone that
 * none is left. Called inside the callers' transactions; each step is audited and written to the timeline.
 */
@Component
class Matchmaking {

    static final Set<RequestStatus> ENGAGED = EnumSet.of(RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS,
            RequestStatus.REPORTED);

    private final SupportRequestRepository requests;
    private final OfferRepository offers;
    private final RequestEventRepository events;
    private final ExpertDirectory directory;
    private final EnterpriseService enterprises;
    private final ActiveRules activeRules;
    private final MatchingRuleKind kind;
    private final Explanations explanations;
    private final NotificationService notifications;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    Matchmaking(SupportRequestRepository requests, OfferRepository offers, RequestEventRepository events,
            ExpertDirectory directory, EnterpriseService enterprises, ActiveRules activeRules, MatchingRuleKind kind,
            Explanations explanations, NotificationService notifications, Catalogue catalogue, AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.events = events;
        this.directory = directory;
        this.enterprises = enterprises;
        this.activeRules = activeRules;
        this.kind = kind;
        this.explanations = explanations;
        this.notifications = notifications;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /** The matching rules in force in this instance. */
    MatchingRules rules() {
        return activeRules.current(kind).compiled();
    }

    MatchingPolicy policy() {
        return rules().policy();
    }

    /** The eligible experts for the request, best first ({@code limit} 0: all of them). */
    List<Match> rank(SupportRequest request, int limit) {
        return rank(request, rules(), limit, Set.of());
    }

    /** What the given rules make of the request: the eligible experts best first, and why the others are not. */
    Matcher.Outcome outcome(SupportRequest request, MatchingRules rules) {
        return Matcher.run(facts(request, Set.of()), directory.matchable(request.getItemCode()), loads(), ratings(),
                rules, LocalDate.now(clock));
    }

    private List<Match> rank(SupportRequest request, MatchingRules rules, int limit, Set<Long> alsoExcluded) {
        RequestFacts facts = facts(request, alsoExcluded);
        List<ExpertCandidate> pool = directory.matchable(request.getItemCode());
        return Matcher.rank(facts, pool, loads(), ratings(), rules, LocalDate.now(clock), limit);
    }

    RequestFacts facts(SupportRequest request, Set<Long> alsoExcluded) {
        // The platform itself looks the enterprise up: an expert declining triggers this for a record they may not
        // read.
        EnterpriseSummary enterprise = SystemTask.run(() -> enterprises.get(request.getEnterpriseId()));
        Set<Long> excluded = new java.util.HashSet<>(offers.expertsWho(request.getId(),
                EnumSet.of(OfferStatus.DECLINED, OfferStatus.EXPIRED)));
        excluded.addAll(alsoExcluded);
        return new RequestFacts(request.getItemCode(), request.getMode(), request.getLanguage(),
                enterprise.communeCode(), enterprise.sectorCode(), enterprise.enterpriseCode(), Set.copyOf(excluded));
    }

    /** Engagements in hand plus offers waiting for an answer, per expert. */
    Map<Long, Integer> loads() {
        Map<Long, Integer> loads = new HashMap<>();
        requests.countByExpert(ENGAGED).forEach(row -> loads.merge((Long) row[0], ((Number) row[1]).intValue(),
                Integer::sum));
        offers.openOffersByExpert().forEach(row -> loads.merge((Long) row[0], ((Number) row[1]).intValue(),
                Integer::sum));
        return loads;
    }

    Map<Long, Matcher.Rating> ratings() {
        Map<Long, Matcher.Rating> ratings = new HashMap<>();
        requests.ratingsByExpert().forEach(row -> ratings.put((Long) row[0],
                new Matcher.Rating(((Number) row[1]).doubleValue(), ((Number) row[2]).intValue())));
        return ratings;
    }

    /**
     * Offers the request to the matched expert and tells them; the deadline comes from the policy. The expert's
     * record is locked first and their load counted again, so two requests offered to them at the same moment
     * cannot both take their last free place.
     */
    Offer offer(SupportRequest request, Match match, int rank, ChosenBy chosenBy, String overrideReason) {
        int capacity = SystemTask.run(() -> directory.lockCapacity(match.expertId()));
        long load = requests.countByExpertIdAndStatusIn(match.expertId(), ENGAGED)
                + offers.openOffersOf(match.expertId());
        if (load >= capacity) {
            throw new UserFacingException("request.error.expert-unavailable");
        }
        Instant now = clock.instant();
        Offer offer = offers.save(new Offer(request.getId(), match.expertId(), rank, match.score(),
                explanations.of(match, TranslationProvider.VIETNAMESE),
                explanations.of(match, TranslationProvider.ENGLISH),
                chosenBy, overrideReason, now, WorkingDays.after(now, policy().offer().deadlineWorkingDays())));
        request.offeredTo(match.expertId());
        // The officer's reason for going against the ranking is internal: on the offer (staff read it), not on the
        // timeline the enterprise and the expert read.
        event(request, "OFFERED", match.expertName());
        audit.record(MatchingAuditActions.REQUEST_OFFERED, "support-request", request.getId(),
                "chuyên gia #" + match.expertId() + " (" + chosenBy + "), điểm phù hợp " + match.score()
                        + (overrideReason == null ? "" : ", lý do: " + overrideReason));
        tellExpert(match.expertId(), "notify.request.offered", "inbox", itemOf(request), enterpriseName(request));
        return offer;
    }

    /** After a decline or an expiry: the next eligible expert, or nobody left (enterprise and officers told). */
    void offerNext(SupportRequest request, String why) {
        offerNext(request, why, Set.of());
    }

    /** As above, never to the given experts (one leaving the platform is still in the cached pool until commit). */
    void offerNext(SupportRequest request, String why, Set<Long> alsoExcluded) {
        List<Match> next = rank(request, rules(), 1, alsoExcluded);
        Long enterpriseAccount = SystemTask.run(() -> enterprises.get(request.getEnterpriseId())).accountId();
        if (next.isEmpty()) {
            request.noMatch();
            event(request, "NO_MATCH", why);
            audit.record(MatchingAuditActions.REQUEST_NO_MATCH, "support-request", request.getId(), why);
            notifications.tell(enterpriseAccount, "notify.request.no-match", "requests/" + request.getId(),
                    itemOf(request));
            notifications.tellEveryone(Role.OFFICER, "notify.request.no-match-officer", "requests/" + request.getId(),
                    itemOf(request), enterpriseName(request));
            return;
        }
        offer(request, next.getFirst(), 1, ChosenBy.AUTOMATIC, null);
        notifications.tell(enterpriseAccount, "notify.request.reoffered", "requests/" + request.getId(),
                itemOf(request), next.getFirst().expertName());
        notifications.tellEveryone(Role.OFFICER, "notify.request.reoffered-officer", "requests/" + request.getId(),
                itemOf(request), enterpriseName(request), next.getFirst().expertName());
    }

    /** The open offer of a request, if any, is withdrawn (cancelled or reassigned) and its expert told. */
    void withdrawOpenOffer(SupportRequest request) {
        for (Offer offer : offers.findByRequestIdOrderByOfferedAt(request.getId())) {
            if (offer.getStatus() == OfferStatus.OFFERED) {
                offer.answer(OfferStatus.WITHDRAWN, null, clock.instant());
                audit.record(MatchingAuditActions.OFFER_WITHDRAWN, "support-request", request.getId(),
                        "chuyên gia #" + offer.getExpertId());
                tellExpert(offer.getExpertId(), "notify.request.withdrawn", "inbox", itemOf(request));
            }
        }
    }

    void tellExpert(Long expertId, String messageKey, String link, Object... args) {
        if (expertId != null) {
            var expert = SystemTask.run(() -> directory.byIds(List.of(expertId))).get(expertId);
            if (expert != null) {
                notifications.tell(expert.accountId(), messageKey, link, args);
            }
        }
    }

    /**
     * Writes the transition now, inside the service call: when someone else changed the request meanwhile, the
     * caller is told in plain words instead of the commit failing afterwards.
     */
    void flushOrChangedMeanwhile() {
        ConcurrentChange.flush(requests::flush);
    }

    void event(SupportRequest request, String kind, String note) {
        events.save(new RequestEvent(request.getId(), clock.instant(), kind, note));
    }

    /** The tool's name as notifications and mails say it (people read names, not catalogue codes). */
    String itemOf(SupportRequest request) {
        return catalogue.itemName(request.getItemCode(), TranslationProvider.VIETNAMESE);
    }

    /** The request's enterprise's name (the caller may see the request: checked before). */
    String enterpriseName(SupportRequest request) {
        return SystemTask.run(() -> enterprises.nameOf(request.getEnterpriseId()));
    }
}
