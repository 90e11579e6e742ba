package vn.nscl.enterprise;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An officer's internal note on an enterprise; {@code writtenBy} is the officer's name as it was then, shown on screen,
 * and {@code writtenByAccountId} the officer's account, by which their personal data is found (names repeat).
 */
@Entity
@Table(name = "enterprise_note")
class EnterpriseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long enterpriseId;

    @Column(nullable = false, length = EnterpriseNotes.BODY_MAX)
    private String body;

    @Column(nullable = false)
    private Instant writtenAt;

    @Column(nullable = false, length = 254)
    private String writtenBy;

    private Long writtenByAccountId;

    protected EnterpriseNote() {
    }

    EnterpriseNote(long enterpriseId, String body, Instant at, String by, long byAccountId) {
        this.enterpriseId = enterpriseId;
        this.body = body;
        this.writtenAt = at;
        this.writtenBy = by;
        this.writtenByAccountId = byAccountId;
    }

    EnterpriseNotes.Note toView() {
        return new EnterpriseNotes.Note(id, body, writtenAt, writtenBy);
    }
}
