package vn.nscl.matching;

/** An offer to one expert: waiting for an answer, accepted, declined, expired (no answer in time), withdrawn. */
public enum OfferStatus {
    OFFERED, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN
}
