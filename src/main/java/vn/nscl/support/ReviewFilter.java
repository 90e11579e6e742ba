package vn.nscl.support;

import java.time.LocalDate;

/**
 * The officers' queue filter; every part optional. Dates are the submission day (inclusive); {@code reviewerId}
 * narrows to the applications assigned to that officer ("Việc của tôi").
 */
public record ReviewFilter(String programmeCode, ApplicationStatus status, String communeCode, String sectorCode,
        LocalDate submittedFrom, LocalDate submittedTo, Long reviewerId) {

    public ReviewFilter(String programmeCode, ApplicationStatus status, String communeCode, String sectorCode,
            LocalDate submittedFrom, LocalDate submittedTo) {
        this(programmeCode, status, communeCode, sectorCode, submittedFrom, submittedTo, null);
    }

    public static ReviewFilter all() {
        return new ReviewFilter(null, null, null, null, null, null, null);
    }
}
