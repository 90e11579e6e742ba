package vn.nscl.training;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A course as an officer publishes or changes it; {@code place} may be empty for an online course. The hours, trainer,
 * registration deadline and audience are optional; without a deadline one registers until the course day.
 */
public record CourseEdit(String title, Topic topic, String description, LocalDate startsOn, String place,
        boolean online, int capacity, long expectedVersion, LocalTime startsAt, LocalTime endsAt, String trainer,
        LocalDate registrationDeadline, String audience) {

    /** A course with only its day, place and size. */
    public CourseEdit(String title, Topic topic, String description, LocalDate startsOn, String place,
            boolean online, int capacity, long expectedVersion) {
        this(title, topic, description, startsOn, place, online, capacity, expectedVersion, null, null, null, null,
                null);
    }
}
