package vn.nscl.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.expert.ExpertCandidate;
import vn.nscl.expert.ExpertDirectory;
import vn.nscl.files.FileStore;
import vn.nscl.shared.SystemTask;

/** Builds the views of requests (names of enterprises and experts looked up once per list). */
@Component
class RequestViews {

    private final EnterpriseService enterprises;
    private final ExpertDirectory experts;
    private final OfferRepository offers;
    private final RequestEventRepository events;
    private final EngagementNoteRepository notes;
    private final FileStore files;

    RequestViews(EnterpriseService enterprises, ExpertDirectory experts, OfferRepository offers,
            RequestEventRepository events, EngagementNoteRepository notes, FileStore files) {
        this.enterprises = enterprises;
        this.experts = experts;
        this.offers = offers;
        this.events = events;
        this.notes = notes;
        this.files = files;
    }

    /** Called after the caller's access to every request was checked. */
    List<SupportRequestView> of(List<SupportRequest> requests) {
        Set<Long> expertIds = requests.stream().map(SupportRequest::getExpertId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, ExpertCandidate> byId = expertIds.isEmpty() ? Map.of()
                : SystemTask.run(() -> experts.byIds(expertIds));
        return requests.stream().map(r -> {
            // The caller may see this request; its enterprise's name and commune go with it.
            var enterprise = SystemTask.run(() -> enterprises.get(r.getEnterpriseId()));
            ExpertCandidate expert = r.getExpertId() == null ? null : byId.get(r.getExpertId());
            return r.toView(enterprise.name(), enterprise.communeCode(), expert == null ? null : expert.fullName());
        }).toList();
    }

    SupportRequestView of(SupportRequest request) {
        return of(List.of(request)).getFirst();
    }

    /**
     * The request's page. Staff see every offer with its explanation and who did what; the enterprise and the
     * expert see the steps without people's e-mail addresses, and an expert only their own offer.
     */
    RequestDetail detail(SupportRequest request, boolean staff, Long expertId) {
        List<Offer> made = offers.findByRequestIdOrderByOfferedAt(request.getId()).stream()
                .filter(o -> staff || expertId != null && o.getExpertId() == expertId).toList();
        Map<Long, ExpertCandidate> names = made.isEmpty() ? Map.of()
                : SystemTask.run(() -> experts.byIds(made.stream().map(Offer::getExpertId)
                        .collect(Collectors.toSet())));
        return new RequestDetail(of(request),
                made.stream().map(o -> o.toView(names.containsKey(o.getExpertId())
                        ? names.get(o.getExpertId()).fullName() : "#" + o.getExpertId(), staff)).toList(),
                events.findByRequestIdOrderByAtAscIdAsc(request.getId()).stream().map(e -> e.toStep(staff)).toList(),
                notes.findByRequestIdOrderByVisitDateAscIdAsc(request.getId()).stream().map(EngagementNote::toRecord)
                        .toList(),
                request.getReportFileId() == null ? null : files.describe(request.getReportFileId()),
                contacts(request));
    }

    /** Both sides' contacts from the expert's acceptance on (the caller may read the request: checked before). */
    private EngagementContacts contacts(SupportRequest request) {
        RequestStatus status = request.getStatus();
        if (request.getExpertId() == null || status.beforeAcceptance() || status == RequestStatus.CANCELLED) {
            return null;
        }
        var enterprise = SystemTask.run(() -> enterprises.get(request.getEnterpriseId()));
        return SystemTask.run(() -> experts.contactForEngagement(request.getExpertId())).map(expert -> new EngagementContacts(
                expert.fullName(), expert.organisation(), expert.phone(), expert.email(), enterprise.contactPerson(),
                enterprise.phone(), enterprise.email())).orElse(null);
    }
}
