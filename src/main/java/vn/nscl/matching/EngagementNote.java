package vn.nscl.matching;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A visit or working session the expert records during an engagement. */
@Entity
@Table(name = "engagement_note")
class EngagementNote {

    static final int TEXT_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long requestId;

    @Column(nullable = false)
    private LocalDate visitDate;

    @Column(nullable = false)
    private boolean onSite;

    @Column(nullable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Column(nullable = false, length = 254)
    private String author;

    @Column(nullable = false)
    private Instant createdAt;

    protected EngagementNote() {
    }

    EngagementNote(long requestId, LocalDate visitDate, boolean onSite, String text, String author, Instant createdAt) {
        this.requestId = requestId;
        this.visitDate = visitDate;
        this.onSite = onSite;
        this.text = text;
        this.author = author;
        this.createdAt = createdAt;
    }

    VisitNote toRecord() {
        return new VisitNote(visitDate, onSite, text, author, createdAt);
    }
}
