package vn.nscl.security;

import java.time.Instant;
import java.util.Set;

/** An account as other modules and the administrator's screens see it: never the password hash. */
public record AccountSummary(long id, String email, String displayName, String phone, String organisation,
        Set<Role> roles, boolean enabled, boolean locked, Instant createdAt, Instant lastLoginAt, long version) {
}
