package vn.nscl.assessment;

/**
 * Whether an expert may read an enterprise's assessments: only when it belongs to a support request offered or
 * assigned to that expert. The expert-matching feature provides the real answer; until then no expert may.
 */
public interface ExpertAssessmentAccess {

    boolean mayRead(long expertAccountId, long enterpriseId);
}
