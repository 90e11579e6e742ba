package vn.nscl.expert;

/**
 * Kinds of expert certificate: the national or APO productivity expert certificate (it makes a "certified
 * productivity expert", a plan target), a lead auditor certificate for one standard, a trainer or other certificate
 * for one catalogue tool.
 */
public enum CertificateKind {
    PRODUCTIVITY_EXPERT, LEAD_AUDITOR, TRAINER, OTHER
}
