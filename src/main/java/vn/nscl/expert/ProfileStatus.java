package vn.nscl.expert;

/**
 * Where an expert's profile stands with the Department: being filled in, waiting for an officer, verified (only
 * then matched), or rejected with a reason (the expert can fix it and submit again).
 */
public enum ProfileStatus {
    DRAFT, PENDING, VERIFIED, REJECTED
}
