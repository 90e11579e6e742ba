package vn.nscl.plan;

import java.time.Instant;

/** Whether an agency has sent its report for a year, and how many people report for it. */
public record AgencyStatus(AgencyView agency, int members, Instant submittedAt, String submittedBy, int targets) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
