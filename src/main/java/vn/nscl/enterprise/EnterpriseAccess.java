package vn.nscl.enterprise;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/** Who may read or change an enterprise's records: the enterprise's own account; officers and admins may read. */
@Component
class EnterpriseAccess {

    private final EnterpriseRepository enterprises;

    EnterpriseAccess(EnterpriseRepository enterprises) {
        this.enterprises = enterprises;
    }

    Enterprise readable(long enterpriseId) {
        Enterprise enterprise = find(enterpriseId);
        if (!Role.signedInIsStaff() && enterprise.getAccountId() != SignedIn.accountId()) {
            throw new AccessDeniedException("Enterprise " + enterpriseId + " belongs to another account");
        }
        return enterprise;
    }

    Enterprise ownedByCaller(long enterpriseId) {
        Enterprise enterprise = find(enterpriseId);
        if (enterprise.getAccountId() != SignedIn.accountId()) {
            throw new AccessDeniedException("Only the enterprise itself may change enterprise " + enterpriseId);
        }
        return enterprise;
    }

    private Enterprise find(long enterpriseId) {
        return enterprises.findById(enterpriseId).orElseThrow(() -> new UserFacingException("error.not-found"));
    }
}
