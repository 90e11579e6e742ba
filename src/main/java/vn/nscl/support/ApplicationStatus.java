package vn.nscl.support;

import java.util.EnumSet;
import java.util.Set;

/**
 * An application's state: a draft, submitted (waiting for review), sent back for more information, approved by a
 * first officer and waiting for a second (four eyes), approved, rejected, withdrawn by the enterprise, completed.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, NEEDS_INFO, AWAITING_SECOND, APPROVED, REJECTED, WITHDRAWN, COMPLETED;

    /** States an officer decides on. */
    public static final Set<ApplicationStatus> UNDER_REVIEW = EnumSet.of(SUBMITTED, AWAITING_SECOND);

    /** States the enterprise can still edit and (re)submit. */
    public boolean editable() {
        return this == DRAFT || this == NEEDS_INFO;
    }
}
