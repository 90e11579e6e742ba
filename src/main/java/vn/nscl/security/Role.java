package vn.nscl.security;

import java.util.Set;

/** The five kinds of user (see docs/domain). An account usually holds one; an officer may also be an admin. */
public enum Role {
    ENTERPRISE, EXPERT, OFFICER, PARTNER, ADMIN;

    /** Roles a person may give themselves by registering; the others are given by an administrator. */
    public static final Set<Role> SELF_REGISTERED = Set.of(ENTERPRISE, EXPERT);

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the signed-in account is DOST staff (officer or administrator), who may read any enterprise's records. */
    public static boolean signedInIsStaff() {
        return vn.nscl.shared.SignedIn.hasRole(OFFICER.name()) || vn.nscl.shared.SignedIn.hasRole(ADMIN.name());
    }
}
