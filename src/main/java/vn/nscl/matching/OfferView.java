package vn.nscl.matching;

import java.time.Instant;

/** An offer as the expert's inbox and the request's history show it. */
public record OfferView(long id, long requestId, long expertId, String expertName, int rank, double score,
        String explanationVi, String explanationEn, ChosenBy chosenBy, String overrideReason, Instant offeredAt,
        Instant deadlineAt, OfferStatus status, Instant respondedAt, String responseReason) {

    public String explanation(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? explanationEn : explanationVi;
    }
}
