package vn.nscl.matching;

import java.util.List;

import vn.nscl.files.StoredFileRef;
import vn.nscl.shared.TimelineStep;

/** Everything a request's page shows: the request, the offers made, the timeline, visits and the final report. */
public record RequestDetail(SupportRequestView request, List<OfferView> offers, List<TimelineStep> timeline,
        List<VisitNote> visits, StoredFileRef report, EngagementContacts contacts) {
}
