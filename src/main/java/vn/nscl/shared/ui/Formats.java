package vn.nscl.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How dates and times are written on screen: day first, in the province's time zone. */
public final class Formats {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The first moment of a day in the province (not on the server's calendar). */
    public static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(VIETNAM).toInstant();
    }

    /** The day an instant falls on in the province (not on the server's calendar). */
    public static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(VIETNAM).toLocalDate();
    }
}
