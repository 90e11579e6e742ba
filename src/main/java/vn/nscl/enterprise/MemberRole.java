package vn.nscl.enterprise;

/**
 * A person's part in their enterprise: an owner keeps the contacts and the list of colleagues; a member works on
 * everything else (profile, assessments, requests, applications, training).
 */
public enum MemberRole {
    OWNER, MEMBER
}
