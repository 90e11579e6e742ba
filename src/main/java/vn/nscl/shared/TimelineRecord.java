package vn.nscl.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** What every stored timeline step holds: when, what kind of step, who, and an optional note cut to its column. */
@MappedSuperclass
public abstract class TimelineRecord {

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 254)
    private String actor;

    private String note;

    protected TimelineRecord() {
    }

    protected TimelineRecord(Instant at, String kind, String actor, String note, int noteMaxLength) {
        this.at = at;
        this.kind = kind;
        this.actor = actor;
        this.note = note == null || note.length() <= noteMaxLength ? note : note.substring(0, noteMaxLength);
    }

    public TimelineStep toStep(boolean withActor) {
        return new TimelineStep(at, kind, withActor ? actor : "", note == null ? "" : note);
    }
}
