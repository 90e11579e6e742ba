package vn.nscl.matching;

/** An offer waiting in an expert's inbox, with its request and the enterprise's brief. */
public record InboxItem(OfferView offer, SupportRequestView request, EnterpriseBrief enterprise) {
}
