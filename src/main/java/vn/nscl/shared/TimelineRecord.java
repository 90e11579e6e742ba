package vn.nscl.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every stored timeline step holds: when, what kind of step, who (the signed-in person's name as it was then, and
 * their account, by which their personal data is found: names repeat), and an optional note cut to its column.
 */
@MappedSuperclass
public abstract class TimelineRecord {

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(nullable = false, length = 254)
    private String actor;

    /** Null for a step the platform took itself (a background task). */
    private Long actorAccountId;

    private String note;

    protected TimelineRecord() {
    }

    /** A step taken now by whoever is signed in (or by the platform). */
    protected TimelineRecord(Instant at, String kind, String note, int noteMaxLength) {
        this.at = at;
        this.kind = kind;
        this.actor = SignedIn.actorName();
        this.actorAccountId = SignedIn.principal().map(AccountPrincipal::accountId).orElse(null);
        this.note = note == null || note.length() <= noteMaxLength ? note : note.substring(0, noteMaxLength);
    }

    public TimelineStep toStep(boolean withActor) {
        return new TimelineStep(at, kind, withActor ? actor : "", note == null ? "" : note);
    }
}
