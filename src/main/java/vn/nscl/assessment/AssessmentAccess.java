package vn.nscl.assessment;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * Who may touch an assessment. Drafts: only the enterprise itself. Submitted assessments: the enterprise, officers
 * and admins, and an expert only through a support request offered to them.
 */
@Component
class AssessmentAccess {

    private final AssessmentRepository assessments;
    private final EnterpriseService enterprises;
    private final ExpertAssessmentAccess experts;

    AssessmentAccess(AssessmentRepository assessments, EnterpriseService enterprises, ExpertAssessmentAccess experts) {
        this.assessments = assessments;
        this.enterprises = enterprises;
        this.experts = experts;
    }

    /** The caller's own enterprise, for enterprise accounts. */
    EnterpriseSummary callersEnterprise() {
        return enterprises.mine().orElseThrow(() -> new UserFacingException("assessment.error.no-enterprise"));
    }

    /** An assessment of the caller's own enterprise, with that enterprise (looked up once per call). */
    record Owned(Assessment assessment, EnterpriseSummary enterprise) {

        Respondent respondent() {
            return Respondent.of(enterprise);
        }
    }

    Owned owned(long assessmentId) {
        Assessment assessment = find(assessmentId);
        EnterpriseSummary mine = SignedIn.hasRole(Role.ENTERPRISE.name()) ? enterprises.mine().orElse(null) : null;
        if (mine == null || mine.id() != assessment.getEnterpriseId()) {
            throw new AccessDeniedException("Assessment " + assessmentId + " belongs to another enterprise");
        }
        return new Owned(assessment, mine);
    }

    /** A submitted assessment the caller may read. */
    Assessment readableSubmitted(long assessmentId) {
        Assessment assessment = readable(assessmentId);
        if (assessment.getStatus() != AssessmentStatus.SUBMITTED) {
            throw new UserFacingException("assessment.error.not-submitted");
        }
        return assessment;
    }

    Assessment readable(long assessmentId) {
        Assessment assessment = find(assessmentId);
        if (isOwner(assessment.getEnterpriseId())) {
            return assessment;
        }
        if (assessment.getStatus() == AssessmentStatus.SUBMITTED && mayReadOthers(assessment.getEnterpriseId())) {
            return assessment;
        }
        throw new AccessDeniedException("Assessment " + assessmentId + " is not visible to this account");
    }

    /** Whether the caller may read the submitted assessments of this enterprise. */
    boolean mayReadSubmitted(long enterpriseId) {
        return isOwner(enterpriseId) || mayReadOthers(enterpriseId);
    }

    private boolean mayReadOthers(long enterpriseId) {
        if (Role.signedInIsStaff()) {
            return true;
        }
        return SignedIn.hasRole(Role.EXPERT.name()) && experts.mayRead(SignedIn.accountId(), enterpriseId);
    }

    private boolean isOwner(long enterpriseId) {
        return SignedIn.hasRole(Role.ENTERPRISE.name())
                && enterprises.mine().map(e -> e.id() == enterpriseId).orElse(false);
    }

    private Assessment find(long assessmentId) {
        return assessments.findById(assessmentId).orElseThrow(() -> new UserFacingException("error.not-found"));
    }
}
