package vn.nscl.matching;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

import vn.nscl.shared.ui.Formats;

/** Deadlines in working days (Monday to Friday, Vietnam time). Public holidays are not yet known to the platform. */
final class WorkingDays {

    private WorkingDays() {
    }

    static Instant after(Instant start, int days) {
        ZonedDateTime at = start.atZone(Formats.VIETNAM);
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
