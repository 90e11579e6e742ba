package vn.nscl.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log. Never updated or deleted by the application. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    static final int DETAILS_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant occurredAt;

    private Long actorId;

    @Column(length = 254)
    private String actorEmail;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 60)
    private String targetType;

    @Column(length = 60)
    private String targetId;

    @Column(length = DETAILS_MAX_LENGTH)
    private String details;

    @Column(length = 64)
    private String ipAddress;

    /**
     * Who, on what and the details, in lower case, in one column: a text search reads one column per row instead of
     * lowering four (200,000 entries are a few years of a province).
     */
    @Column(length = 2400)
    private String searchText;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Long actorId, String actorEmail, String action, String targetType,
            String targetId, String details, String ipAddress) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = actorEmail;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details == null || details.length() <= DETAILS_MAX_LENGTH
                ? details : details.substring(0, DETAILS_MAX_LENGTH);
        this.ipAddress = ipAddress;
        this.searchText = java.util.stream.Stream.of(actorEmail, targetType, targetId, this.details)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(" "))
                .toLowerCase(java.util.Locale.ROOT);
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actorId, actorEmail, action, targetType, targetId, details, ipAddress);
    }
}
