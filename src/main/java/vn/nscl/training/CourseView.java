package vn.nscl.training;

import java.time.LocalDate;
import java.time.LocalTime;

/** A course with how many people have registered and attended. */
public record CourseView(long id, long version, String title, Topic topic, String description, LocalDate startsOn,
        String place, boolean online, int capacity, boolean cancelled, int registered, int attended,
        LocalTime startsAt, LocalTime endsAt, String trainer, LocalDate registrationDeadline, String audience,
        LocalDate lastDayToRegister) {

    /** The hours as people write them, "08:00–11:30" (or "08:00" without an end); empty when not given. */
    public String hours() {
        return startsAt == null ? "" : startsAt + (endsAt == null ? "" : "–" + endsAt);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - registered);
    }
}
