package vn.nscl.training;

import java.time.LocalDate;
import java.time.LocalTime;

/** A course with how many people have registered and attended. */
public record CourseView(long id, long version, String title, Topic topic, String description, LocalDate startsOn,
        String place, boolean online, int capacity, boolean cancelled, int registered, int attended,
        LocalTime startsAt, LocalTime endsAt, String trainer, LocalDate registrationDeadline, String audience,
        LocalDate lastDayToRegister) {

    public int seatsLeft() {
        return Math.max(0, capacity - registered);
    }
}
