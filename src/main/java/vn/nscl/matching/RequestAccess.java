package vn.nscl.matching;

import java.util.EnumSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.expert.ExpertDirectory;
import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * Who may see or act on a request: its enterprise; officers and admins; an expert only once it was offered to them
 * (and acts on it only while it is assigned to them).
 */
@Component
class RequestAccess {

    private final SupportRequestRepository requests;
    private final OfferRepository offers;
    private final EnterpriseService enterprises;
    private final ExpertDirectory experts;

    RequestAccess(SupportRequestRepository requests, OfferRepository offers, EnterpriseService enterprises,
            ExpertDirectory experts) {
        this.requests = requests;
        this.offers = offers;
        this.enterprises = enterprises;
        this.experts = experts;
    }

    EnterpriseSummary callersEnterprise() {
        if (!SignedIn.hasRole(Role.ENTERPRISE.name())) {
            throw new AccessDeniedException("Only enterprises ask for expert help");
        }
        return enterprises.mine().orElseThrow(() -> new UserFacingException("assessment.error.no-enterprise"));
    }

    /** A request of the caller's own enterprise, checked against the version the caller saw. */
    SupportRequest owned(long requestId, long expectedVersion) {
        SupportRequest request = owned(requestId);
        checkVersion(request, expectedVersion);
        return request;
    }

    SupportRequest owned(long requestId) {
        SupportRequest request = find(requestId);
        if (request.getEnterpriseId() != callersEnterprise().id()) {
            throw new AccessDeniedException("Request " + requestId + " belongs to another enterprise");
        }
        return request;
    }

    SupportRequest readable(long requestId) {
        SupportRequest request = find(requestId);
        if (Role.signedInIsStaff()) {
            return request;
        }
        if (SignedIn.hasRole(Role.ENTERPRISE.name())
                && enterprises.mine().map(e -> e.id() == request.getEnterpriseId()).orElse(false)) {
            return request;
        }
        Long expertId = callersExpertId();
        if (expertId != null && (isAssignedTo(request, expertId)
                || offers.existsByRequestIdAndExpertIdAndStatus(requestId, expertId, OfferStatus.OFFERED))) {
            return request;
        }
        throw new AccessDeniedException("Request " + requestId + " is not visible to this account");
    }

    /** A request assigned to the calling expert, in one of the given states. */
    SupportRequest assignedToCaller(long requestId, EnumSet<RequestStatus> states) {
        SupportRequest request = find(requestId);
        Long expertId = callersExpertId();
        if (expertId == null || !expertId.equals(request.getExpertId())) {
            throw new AccessDeniedException("Request " + requestId + " is not assigned to this expert");
        }
        if (!states.contains(request.getStatus())) {
            throw new UserFacingException("request.error.wrong-state");
        }
        return request;
    }

    /** The expert working or having worked on it; an expert who declined or let the offer expire is not. */
    static boolean isAssignedTo(SupportRequest request, long expertId) {
        return Long.valueOf(expertId).equals(request.getExpertId())
                && (request.getStatus().engaged() || request.getStatus() == RequestStatus.COMPLETED);
    }

    Long callersExpertId() {
        return SignedIn.hasRole(Role.EXPERT.name()) ? experts.expertIdOf(SignedIn.accountId()).orElse(null) : null;
    }

    static void checkVersion(SupportRequest request, long expectedVersion) {
        if (request.getVersion() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
    }

    SupportRequest find(long requestId) {
        return requests.findById(requestId).orElseThrow(() -> new UserFacingException("error.not-found"));
    }
}
