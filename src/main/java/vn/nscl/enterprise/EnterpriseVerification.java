package vn.nscl.enterprise;

/** Whether DOST has confirmed that an enterprise is real and registered by itself. */
public enum EnterpriseVerification {
    /** Registered by itself, not yet checked: it uses the platform, but its data does not count in the plan. */
    PENDING,
    VERIFIED,
    /** DOST could not confirm it (not a real enterprise, or not registered by it). */
    REFUSED
}
