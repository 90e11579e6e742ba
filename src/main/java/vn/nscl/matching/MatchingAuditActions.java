package vn.nscl.matching;

/** The audit-log action codes of this module. */
final class MatchingAuditActions {

    static final String REQUEST_CREATED = "REQUEST_CREATED";
    static final String REQUEST_OFFERED = "REQUEST_OFFERED";
    static final String REQUEST_TO_OFFICER = "REQUEST_TO_OFFICER";
    static final String REQUEST_ASSIGNED = "REQUEST_ASSIGNED";
    static final String REQUEST_CANCELLED = "REQUEST_CANCELLED";
    static final String REQUEST_CLOSED = "REQUEST_CLOSED";
    static final String REQUEST_NO_MATCH = "REQUEST_NO_MATCH";
    static final String REQUEST_EXPERT_LEFT = "REQUEST_EXPERT_LEFT";
    static final String OFFER_WITHDRAWN = "OFFER_WITHDRAWN";
    static final String OFFER_ACCEPTED = "OFFER_ACCEPTED";
    static final String OFFER_DECLINED = "OFFER_DECLINED";
    static final String OFFER_EXPIRED = "OFFER_EXPIRED";
    static final String ENGAGEMENT_STARTED = "ENGAGEMENT_STARTED";
    static final String ENGAGEMENT_NOTE = "ENGAGEMENT_NOTE";
    static final String ENGAGEMENT_REPORTED = "ENGAGEMENT_REPORTED";
    static final String ENGAGEMENT_COMPLETED = "ENGAGEMENT_COMPLETED";
    static final String REQUEST_MESSAGE = "REQUEST_MESSAGE";
    static final String FOLLOW_UP_REMINDED = "FOLLOW_UP_REMINDED";
    static final String POLICY_DRY_RUN = "MATCHING_POLICY_DRY_RUN";

    private MatchingAuditActions() {
    }
}
