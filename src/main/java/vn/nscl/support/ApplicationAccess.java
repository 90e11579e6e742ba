package vn.nscl.support;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/** Who may see or act on an application: its enterprise; officers and admins. */
@Component
class ApplicationAccess {

    private final SupportApplicationRepository applications;
    private final EnterpriseService enterprises;

    ApplicationAccess(SupportApplicationRepository applications, EnterpriseService enterprises) {
        this.applications = applications;
        this.enterprises = enterprises;
    }

    EnterpriseSummary callersEnterprise() {
        if (!SignedIn.hasRole(Role.ENTERPRISE.name())) {
            throw new AccessDeniedException("Only enterprises apply");
        }
        return enterprises.mine().orElseThrow(() -> new UserFacingException("assessment.error.no-enterprise"));
    }

    SupportApplication owned(long applicationId, long expectedVersion) {
        SupportApplication application = find(applicationId);
        if (application.getEnterpriseId() != callersEnterprise().id()) {
            throw new AccessDeniedException("Application " + applicationId + " belongs to another enterprise");
        }
        checkVersion(application, expectedVersion);
        return application;
    }

    /** As {@link #owned}, and the application's version rises with the change (attachments, reports). */
    SupportApplication ownedForChange(long applicationId, long expectedVersion) {
        SupportApplication application = owned(applicationId, expectedVersion);
        applications.findForChangeById(applicationId);
        return application;
    }

    SupportApplication readable(long applicationId) {
        SupportApplication application = find(applicationId);
        if (Role.signedInIsStaff() || SignedIn.hasRole(Role.ENTERPRISE.name())
                && enterprises.mine().map(e -> e.id() == application.getEnterpriseId()).orElse(false)) {
            return application;
        }
        throw new AccessDeniedException("Application " + applicationId + " is not visible to this account");
    }

    SupportApplication forReview(long applicationId, long expectedVersion) {
        if (!Role.signedInIsStaff()) {
            throw new AccessDeniedException("Only officers review applications");
        }
        SupportApplication application = find(applicationId);
        checkVersion(application, expectedVersion);
        return application;
    }

    static void checkVersion(SupportApplication application, long expectedVersion) {
        if (application.getVersion() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
    }

    SupportApplication find(long applicationId) {
        return applications.findById(applicationId).orElseThrow(() -> new UserFacingException("error.not-found"));
    }
}
