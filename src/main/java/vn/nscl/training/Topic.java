package vn.nscl.training;

/** What a course is about: productivity awareness, an improvement tool or standard, or training experts. */
public enum Topic {
    AWARENESS, TOOLS, EXPERTS
}
