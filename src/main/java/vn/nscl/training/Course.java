package vn.nscl.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A course or workshop: what, when, where (or online) and for how many people. */
@Entity
@Table(name = "training_course")
class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Topic topic;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false)
    private LocalDate startsOn;

    @Column(length = 200)
    private String place;

    private boolean online;
    private int capacity;

    /** Hours of the day, when given (a workshop from 8:00 to 11:30). */
    private LocalTime startsAt;
    private LocalTime endsAt;

    @Column(length = 200)
    private String trainer;

    /** The last day to register; null: until the course day. */
    private LocalDate registrationDeadline;

    /** Who the course is for ("Chủ hộ kinh doanh, tổ trưởng sản xuất"). */
    @Column(length = 300)
    private String audience;
    private boolean cancelled;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 254)
    private String createdBy;

    protected Course() {
    }

    Course(CourseEdit edit, Instant at, String by) {
        update(edit);
        this.createdAt = at;
        this.createdBy = by;
    }

    void update(CourseEdit edit) {
        title = edit.title();
        topic = edit.topic();
        description = edit.description();
        startsOn = edit.startsOn();
        place = edit.place();
        online = edit.online();
        capacity = edit.capacity();
        startsAt = edit.startsAt();
        endsAt = edit.endsAt();
        trainer = edit.trainer();
        registrationDeadline = edit.registrationDeadline();
        audience = edit.audience();
    }

    /** The last day one may register: the deadline set, or the course day itself. */
    LocalDate lastDayToRegister() {
        return registrationDeadline != null ? registrationDeadline : startsOn;
    }

    void cancel() {
        cancelled = true;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    int getCapacity() {
        return capacity;
    }

    boolean isCancelled() {
        return cancelled;
    }

    String getTitle() {
        return title;
    }

    CourseView toView(int registered, int attended) {
        return new CourseView(id, version, title, topic, description, startsOn, place, online, capacity, cancelled,
                registered, attended, startsAt, endsAt, trainer, registrationDeadline, audience, lastDayToRegister());
    }
}
