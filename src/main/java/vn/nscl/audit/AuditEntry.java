package vn.nscl.audit;

import java.time.Instant;

/** A read-only line of the audit log. */
public record AuditEntry(Long id, Instant occurredAt, Long actorId, String actorEmail, String action,
        String targetType, String targetId, String details, String ipAddress) {
}
