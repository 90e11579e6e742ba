package vn.nscl.enterprise;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.nscl.security.Role;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * Who may read or change an enterprise's records: the account that registered it and the colleagues its owners
 * invited; officers and admins may read.
 */
@Component
class EnterpriseAccess {

    private final EnterpriseRepository enterprises;
    private final EnterpriseMemberRepository members;

    EnterpriseAccess(EnterpriseRepository enterprises, EnterpriseMemberRepository members) {
        this.enterprises = enterprises;
        this.members = members;
    }

    Enterprise readable(long enterpriseId) {
        Enterprise enterprise = find(enterpriseId);
        if (!Role.signedInIsStaff() && !belongsToCaller(enterprise)) {
            throw new AccessDeniedException("Enterprise " + enterpriseId + " belongs to another account");
        }
        return enterprise;
    }

    Enterprise ownedByCaller(long enterpriseId) {
        Enterprise enterprise = find(enterpriseId);
        if (!belongsToCaller(enterprise)) {
            throw new AccessDeniedException("Only the enterprise itself may change enterprise " + enterpriseId);
        }
        return enterprise;
    }

    /** The caller's part in the enterprise: the registering account and invited owners are owners. */
    Optional<MemberRole> callersRole(Enterprise enterprise) {
        long me = SignedIn.accountId();
        if (Long.valueOf(me).equals(enterprise.getAccountId())) {
            return Optional.of(MemberRole.OWNER);
        }
        return members.findByAccountId(me).filter(m -> m.getEnterpriseId() == enterprise.getId())
                .map(EnterpriseMember::getRole);
    }

    private boolean belongsToCaller(Enterprise enterprise) {
        return callersRole(enterprise).isPresent();
    }

    private Enterprise find(long enterpriseId) {
        return enterprises.findById(enterpriseId).orElseThrow(() -> new UserFacingException("error.not-found"));
    }
}
