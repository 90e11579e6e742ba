package vn.nscl.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a request's timeline, which the enterprise, the expert and officers see. */
@Entity
@Table(name = "request_event")
class RequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long requestId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(length = 1000)
    private String note;

    protected RequestEvent() {
    }

    RequestEvent(long requestId, Instant at, String kind, String actor, String note) {
        this.requestId = requestId;
        this.at = at;
        this.kind = kind;
        this.actor = actor;
        this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
    }

    TimelineEntry toEntry() {
        return new TimelineEntry(at, kind, actor, note == null ? "" : note);
    }
}
