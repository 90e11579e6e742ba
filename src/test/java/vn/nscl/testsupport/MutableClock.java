package vn.nscl.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** A clock that stands still until a test moves it, shared by the whole test context. */
public class MutableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = micros(now);
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = micros(now.plus(duration));
    }

    public void set(Instant instant) {
        now = micros(instant);
    }

    /** Like the application's clock: microseconds, the precision the databases keep. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
