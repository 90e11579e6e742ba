package vn.nscl.expert;

/**
 * Published inside the transaction in which an expert asks for their data to be deleted or is erased: work offered
 * to them must move on to someone else (the matching module listens).
 */
public record ExpertLeaving(long expertId) {
}
