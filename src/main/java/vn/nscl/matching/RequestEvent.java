package vn.nscl.matching;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.nscl.shared.TimelineRecord;

/** One step in a request's timeline, which the enterprise, the expert and officers see. */
@Entity
@Table(name = "request_event")
@AttributeOverride(name = "note", column = @Column(length = RequestEvent.NOTE_MAX_LENGTH))
class RequestEvent extends TimelineRecord {

    static final int NOTE_MAX_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long requestId;

    protected RequestEvent() {
    }

    RequestEvent(long requestId, Instant at, String kind, String note) {
        super(at, kind, note, NOTE_MAX_LENGTH);
        this.requestId = requestId;
    }
}
