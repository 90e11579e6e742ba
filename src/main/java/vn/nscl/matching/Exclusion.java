package vn.nscl.matching;

/** Why an expert cannot take a request: the hard constraints, in the order they are checked. */
public enum Exclusion {
    PAUSED, NO_COMPETENCE, LEVEL_TOO_LOW, NO_CERTIFICATE, NO_CAPACITY, CONFLICT, DECLINED_BEFORE, NOT_ON_SITE_THERE,
    NOT_REMOTE
}
