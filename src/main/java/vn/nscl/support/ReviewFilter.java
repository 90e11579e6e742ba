package vn.nscl.support;

import java.time.LocalDate;

/** The officers' queue filter; every part optional. Dates are the submission day (inclusive). */
public record ReviewFilter(String programmeCode, ApplicationStatus status, String communeCode, String sectorCode,
        LocalDate submittedFrom, LocalDate submittedTo) {

    public static ReviewFilter all() {
        return new ReviewFilter(null, null, null, null, null, null);
    }
}
