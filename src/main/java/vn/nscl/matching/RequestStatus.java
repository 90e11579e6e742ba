package vn.nscl.matching;

/**
 * Where a support request stands: open (the enterprise chooses among the proposed experts), waiting for an officer
 * to assign, offered to an expert, without any eligible expert left, accepted, in progress, reported (final report
 * uploaded), completed (confirmed and rated by the enterprise), or cancelled by the enterprise.
 */
public enum RequestStatus {
    OPEN, AWAITING_OFFICER, OFFERED, NO_MATCH, ACCEPTED, IN_PROGRESS, REPORTED, COMPLETED, CANCELLED;

    /** Before an expert has accepted: the enterprise may still cancel, officers may assign. */
    public boolean beforeAcceptance() {
        return this == OPEN || this == AWAITING_OFFICER || this == OFFERED || this == NO_MATCH;
    }

    /** An engagement the expert is working on: it counts towards their load. */
    public boolean engaged() {
        return this == ACCEPTED || this == IN_PROGRESS || this == REPORTED;
    }
}
