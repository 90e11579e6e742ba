package vn.nscl.matching;

/** How the enterprise wants to be helped. */
public enum WorkMode {
    ON_SITE, REMOTE, EITHER
}
