package vn.nscl.training;

import java.time.LocalDate;

/** A course as an officer publishes or changes it; {@code place} may be empty for an online course. */
public record CourseEdit(String title, Topic topic, String description, LocalDate startsOn, String place,
        boolean online, int capacity, long expectedVersion) {
}
