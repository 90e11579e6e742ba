package vn.nscl.matching;

import java.time.Instant;
import java.time.LocalDate;

import vn.nscl.expert.Language;

/** A support request as its enterprise, the expert it went to and officers see it. */
public record SupportRequestView(long id, long enterpriseId, String enterpriseName, String communeCode,
        String itemCode, String need, WorkMode mode, Language language, LocalDate preferredFrom, LocalDate preferredTo,
        RequestStatus status, Instant createdAt, Long expertId, String expertName, Instant acceptedAt,
        Instant reportedAt, Instant completedAt, boolean hasReport, Integer rating, String ratingComment,
        LocalDate followupDue, long version) {
}
