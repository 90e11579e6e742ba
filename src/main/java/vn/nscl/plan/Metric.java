package vn.nscl.plan;

/**
 * The figures the platform counts itself, each from its own records. A target names one of these, or else the partner
 * agency that reports it.
 */
public enum Metric {
    /**
     * Verified experts holding a verified productivity expert certificate, counted from its check for as long as it
     * is valid (a year counts the certificates valid at its end; the running year those valid today).
     */
    CERTIFIED_EXPERTS,
    /** Enterprises with at least one staff member who attended a course. */
    TRAINED_ENTERPRISES,
    /** Enterprises with an approved support application or a completed expert engagement. */
    SUPPORTED_ENTERPRISES,
    /** Enterprises approved in the model enterprise programme. */
    MODEL_ENTERPRISES,
    /** SME pilot projects approved. */
    PILOT_PROJECTS,
    /** Enterprises approved in the productivity plan programme. */
    PRODUCTIVITY_PLANS,
    /** Final reports of expert engagements and completion reports of supported projects. */
    APPLICATION_REPORTS,
    /** Enterprises approved in programme P4 (4IR advances, new systems and tools). */
    PROGRAMME_P4,
    /** Organisations approved in programme P6 (organic production models). */
    PROGRAMME_P6,
    /** Enterprises approved in programme P7 (technology innovation). */
    PROGRAMME_P7,
    /** Attended staff per enterprise that sent staff to a course. */
    TRAINED_STAFF_PER_ENTERPRISE
}
