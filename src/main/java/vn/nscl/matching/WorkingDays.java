package vn.nscl.matching;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Deadlines in working days (Monday to Friday, Vietnam time). Public holidays are not yet known to the platform. */
final class WorkingDays {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private WorkingDays() {
    }

    static Instant after(Instant start, int days) {
        ZonedDateTime at = start.atZone(VIETNAM);
        int added = 0;
        while (added < days) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return at.toInstant();
    }
}
