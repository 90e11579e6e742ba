package vn.nscl.expert;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/** Who may see an expert's records: the expert themself, officers and admins. */
@Component
class ExpertAccess {

    private final ExpertRepository experts;

    ExpertAccess(ExpertRepository experts) {
        this.experts = experts;
    }

    Expert callers() {
        return experts.findByAccountId(SignedIn.accountId())
                .orElseThrow(() -> new UserFacingException("expert.error.no-profile"));
    }

    Expert readable(long expertId) {
        Expert expert = experts.findById(expertId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (!Role.signedInIsStaff() && expert.getAccountId() != SignedIn.accountId()) {
            throw new AccessDeniedException("Expert " + expertId + " is another person");
        }
        return expert;
    }
}
