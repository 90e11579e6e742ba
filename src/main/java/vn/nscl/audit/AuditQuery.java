package vn.nscl.audit;

import java.time.Instant;

/**
 * A search of the audit log; every part is optional. {@code text} matches the actor's e-mail, the target and the
 * details; {@code from} is inclusive and {@code to} exclusive.
 */
public record AuditQuery(String text, String action, Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
