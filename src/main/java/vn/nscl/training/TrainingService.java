package vn.nscl.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseSummary;
import vn.nscl.notification.NotificationService;
import vn.nscl.security.Role;
import vn.nscl.shared.ConcurrentChange;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.SystemTask;

/**
 * Đào tạo, tập huấn: courses, registrations of named staff, attendance and certificates. Enterprises act only on
 * their own registrations; officers publish courses, record attendance and issue certificates. Every change is
 * audited.
 */
@Service
public class TrainingService {

    static final int DESCRIPTION_MAX = 2000;

    private final CourseRepository courses;
    private final RegistrationRepository registrations;
    private final EnterpriseService enterprises;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final TrainingCertificate certificate;
    private final Clock clock;

    TrainingService(CourseRepository courses, RegistrationRepository registrations, EnterpriseService enterprises,
            NotificationService notifications, AuditLog audit, TrainingCertificate certificate, Clock clock) {
        this.courses = courses;
        this.registrations = registrations;
        this.enterprises = enterprises;
        this.notifications = notifications;
        this.audit = audit;
        this.certificate = certificate;
        this.clock = clock;
    }

    /** All courses, newest first; enterprises do not see cancelled ones. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CourseView> courses() {
        boolean staff = Role.signedInIsStaff();
        return courses.findAllByOrderByStartsOnDesc().stream().filter(c -> staff || !c.isCancelled())
                .map(this::view).toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public long publish(CourseEdit raw) {
        CourseEdit edit = checked(raw);
        Course course = courses.save(new Course(edit, clock.instant(), SignedIn.actor()));
        audit.record(TrainingAuditActions.COURSE_PUBLISHED, "course", course.getId(), edit.title() + ", "
                + edit.startsOn() + ", " + edit.capacity());
        return course.getId();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void update(long courseId, CourseEdit raw) {
        // locked like a registration, so seats cannot be cut below a registration made at the same moment
        Course course = courses.findForUpdate(courseId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (course.getVersion() != raw.expectedVersion()) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        CourseEdit edit = checked(raw);
        if (edit.capacity() < registrations.countByCourseId(courseId)) {
            throw UserFacingException.ofFields(List.of(new FieldProblem("capacity", "training.error.capacity-below")));
        }
        course.update(edit);
        audit.record(TrainingAuditActions.COURSE_UPDATED, "course", courseId, edit.title() + ", " + edit.startsOn());
        ConcurrentChange.flush(courses::flush);
    }

    /**
     * Cancels a course that has not taken place; every enterprise with staff registered is told. A course that has
     * begun keeps its attendance and certificates.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void cancel(long courseId, long expectedVersion) {
        Course course = courses.findForUpdate(courseId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (course.getVersion() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        if (course.isCancelled()) {
            throw new UserFacingException("training.error.closed");
        }
        if (!course.getStartsOn().isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("training.error.cancel-held");
        }
        course.cancel();
        audit.record(TrainingAuditActions.COURSE_CANCELLED, "course", courseId, course.getTitle());
        ConcurrentChange.flush(courses::flush);
        Set<Long> told = new HashSet<>();
        for (Registration r : registrations.findByCourseIdOrderByRegisteredAtAscIdAsc(courseId)) {
            if (told.add(r.getEnterpriseId())) {
                notifications.tell(enterprises.get(r.getEnterpriseId()).accountId(), "notify.course-cancelled",
                        "training", course.getTitle());
            }
        }
    }

    /** Registers a named staff member of the signed-in enterprise, while seats are left and before the day. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public long register(long courseId, String staffName, String staffRole) {
        try {
            return register(courseId, List.of(new Trainee(staffName, staffRole))).getFirst();
        } catch (UserFacingException problem) {
            // One person: the fields are named without the row number ("staffName", not "staffName.0").
            if (problem.fieldProblems().isEmpty()) {
                throw problem;
            }
            throw UserFacingException.ofFields(problem.fieldProblems().stream().map(p -> new FieldProblem(
                    p.field().replace(".0", ""), p.messageKey(), p.argArray())).toList());
        }
    }

    /** One person to register: their name and, optionally, their role in the enterprise. */
    public record Trainee(String name, String role) {
    }

    /**
     * Registers several staff members of the signed-in enterprise at once: all of them or, when any row has a problem
     * or the seats left are too few for the group, none (field problems are named "staffName.2" for the third row).
     */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public List<Long> register(long courseId, List<Trainee> trainees) {
        EnterpriseSummary me = enterprises.mine().orElseThrow(() -> new UserFacingException("training.error.no-profile"));
        if (trainees.isEmpty() || trainees.size() > MAX_GROUP) {
            throw new UserFacingException("training.error.group-size", MAX_GROUP);
        }
        List<String> names = trainees.stream().map(t -> TextRules.singleLine(t.name())).toList();
        List<String> roles = trainees.stream().map(t -> TextRules.singleLine(t.role())).toList();
        List<FieldProblem> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int row = 0; row < trainees.size(); row++) {
            String name = names.get(row);
            if (name.isEmpty() || name.length() > 100) {
                problems.add(new FieldProblem("staffName." + row, "training.error.staff-name"));
            } else if (!seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
                problems.add(new FieldProblem("staffName." + row, "training.error.duplicate-row"));
            }
            if (roles.get(row).length() > 100) {
                problems.add(new FieldProblem("staffRole." + row, "error.too-long", 100));
            }
            FieldChecks.noInvisible(problems, "staffName." + row, name, "staffRole." + row, roles.get(row));
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        Course course = courses.findForUpdate(courseId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (course.isCancelled() || course.getStartsOn().isBefore(LocalDate.now(clock))) {
            throw new UserFacingException("training.error.closed");
        }
        if (LocalDate.now(clock).isAfter(course.lastDayToRegister())) {
            throw new UserFacingException("training.error.deadline", Formats.date(course.lastDayToRegister()));
        }
        long seatsLeft = course.getCapacity() - registrations.countByCourseId(courseId);
        if (seatsLeft < trainees.size()) {
            throw seatsLeft <= 0 ? new UserFacingException("training.error.full")
                    : new UserFacingException("training.error.seats-left", seatsLeft);
        }
        for (int row = 0; row < trainees.size(); row++) {
            if (registrations.existsByCourseIdAndEnterpriseIdAndStaffNameIgnoreCase(courseId, me.id(), names.get(row))) {
                problems.add(new FieldProblem("staffName." + row, "training.error.duplicate"));
            }
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        List<Long> ids = new ArrayList<>();
        for (int row = 0; row < trainees.size(); row++) {
            String role = roles.get(row);
            ids.add(registrations.save(new Registration(courseId, me.id(), names.get(row),
                    role.isEmpty() ? null : role, clock.instant())).getId());
            audit.record(TrainingAuditActions.STAFF_REGISTERED, "course", courseId,
                    me.enterpriseCode() + ": " + names.get(row));
        }
        return ids;
    }

    /** The most people one registration form sends at once (a workshop's delegation, not a bulk import). */
    public static final int MAX_GROUP = 20;

    /** Takes a registration back, up to the day before the course. */
    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional
    public void unregister(long registrationId) {
        Registration registration = own(registrationId);
        Course course = courses.findById(registration.getCourseId()).orElseThrow();
        if (!course.getStartsOn().isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("training.error.started");
        }
        registrations.delete(registration);
        audit.record(TrainingAuditActions.STAFF_UNREGISTERED, "course", course.getId(), "đăng ký #"
                + registrationId);
    }

    @PreAuthorize("hasRole('ENTERPRISE')")
    @Transactional(readOnly = true)
    public List<RegistrationView> myRegistrations() {
        return enterprises.mine().map(me -> registrations.findByEnterpriseIdOrderByRegisteredAtDesc(me.id()).stream()
                .map(r -> r.toView(me.name(), courses.findById(r.getCourseId()).map(Course::getTitle).orElse("")))
                .toList()).orElse(List.of());
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RegistrationView> registrations(long courseId) {
        Course course = courses.findById(courseId).orElseThrow(() -> new UserFacingException("error.not-found"));
        return registrations.findByCourseIdOrderByRegisteredAtAscIdAsc(courseId).stream()
                .map(r -> r.toView(enterprises.nameOf(r.getEnterpriseId()), course.getTitle())).toList();
    }

    /** Records whether someone attended, from the course's day on; a certified attendance stays. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void setAttended(long registrationId, boolean attended) {
        Registration registration = registrations.findById(registrationId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        Course course = courses.findById(registration.getCourseId()).orElseThrow();
        if (course.getStartsOn().isAfter(LocalDate.now(clock)) || course.isCancelled()) {
            throw new UserFacingException("training.error.not-yet");
        }
        if (!attended && registration.getCertificateNumber() != null) {
            throw new UserFacingException("training.error.certified");
        }
        registration.markAttended(attended);
        ConcurrentChange.flush(registrations::flush);
        audit.record(TrainingAuditActions.ATTENDANCE_RECORDED, "course", course.getId(), "đăng ký #"
                + registrationId + ": " + (attended ? "có mặt" : "vắng"));
    }

    /** Numbers a certificate for everyone who attended and has none yet; tells their enterprises. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public int issueCertificates(long courseId) {
        Course course = courses.findForUpdate(courseId).orElseThrow(() -> new UserFacingException("error.not-found"));
        if (course.isCancelled()) {
            throw new UserFacingException("training.error.closed");
        }
        int issued = 0;
        Set<Long> told = new HashSet<>();
        for (Registration r : registrations.findByCourseIdOrderByRegisteredAtAscIdAsc(courseId)) {
            if (r.isAttended() && r.getCertificateNumber() == null) {
                r.certify("NSCL-%d-%05d-%04d".formatted(course.getStartsOn().getYear(), courseId, r.getId()),
                        CertificateCodes.next(), clock.instant());
                issued++;
                if (told.add(r.getEnterpriseId())) {
                    notifications.tell(enterprises.get(r.getEnterpriseId()).accountId(), "notify.certificates",
                            "training", course.getTitle());
                }
            }
        }
        if (issued == 0) {
            throw new UserFacingException("training.error.no-one-to-certify");
        }
        audit.record(TrainingAuditActions.CERTIFICATES_ISSUED, "course", courseId, issued + " giấy chứng nhận");
        return issued;
    }

    /** A certificate as a PDF: for the enterprise whose staff member it names, or for the Department's staff. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] certificatePdf(long registrationId) {
        Registration registration = Role.signedInIsStaff() ? registrations.findById(registrationId)
                .orElseThrow(() -> new UserFacingException("error.not-found")) : own(registrationId);
        if (registration.getCertificateNumber() == null) {
            throw new UserFacingException("training.error.no-certificate");
        }
        Course course = courses.findById(registration.getCourseId()).orElseThrow();
        String enterprise = SystemTask.run(() -> enterprises.nameOf(registration.getEnterpriseId()));
        return certificate.render(registration.toView(enterprise, course.getTitle()), course.toView(0, 0));
    }

    private Registration own(long registrationId) {
        Registration registration = registrations.findById(registrationId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        long mine = enterprises.mine().map(EnterpriseSummary::id).orElse(-1L);
        if (registration.getEnterpriseId() != mine) {
            throw new AccessDeniedException("not this enterprise's registration");
        }
        return registration;
    }

    private CourseView view(Course course) {
        return course.toView((int) registrations.countByCourseId(course.getId()),
                (int) registrations.countByCourseIdAndAttendedTrue(course.getId()));
    }

    private CourseEdit checked(CourseEdit raw) {
        CourseEdit edit = new CourseEdit(TextRules.singleLine(raw.title()), raw.topic(),
                TextRules.multiLine(raw.description()), raw.startsOn(),
                TextRules.singleLine(raw.place()), raw.online(), raw.capacity(), raw.expectedVersion(),
                raw.startsAt(), raw.endsAt(), emptyAsNull(TextRules.singleLine(raw.trainer())),
                raw.registrationDeadline(), emptyAsNull(TextRules.singleLine(raw.audience())));
        List<FieldProblem> problems = new ArrayList<>();
        if (edit.title().isEmpty() || edit.title().length() > 200) {
            problems.add(new FieldProblem("title", "training.error.title"));
        }
        if (edit.topic() == null) {
            problems.add(new FieldProblem("topic", "training.error.topic"));
        }
        if (edit.description().length() > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "error.too-long", DESCRIPTION_MAX));
        }
        if (edit.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "training.error.date"));
        }
        if (!edit.online() && edit.place().isEmpty() || edit.place().length() > 200) {
            problems.add(new FieldProblem("place", "training.error.place"));
        }
        if (edit.capacity() < 1 || edit.capacity() > 1000) {
            problems.add(new FieldProblem("capacity", "training.error.capacity"));
        }
        if (edit.startsAt() != null && edit.endsAt() != null && !edit.endsAt().isAfter(edit.startsAt())) {
            problems.add(new FieldProblem("endsAt", "training.error.hours"));
        }
        if (edit.trainer() != null && edit.trainer().length() > 200) {
            problems.add(new FieldProblem("trainer", "error.too-long", 200));
        }
        if (edit.audience() != null && edit.audience().length() > 300) {
            problems.add(new FieldProblem("audience", "error.too-long", 300));
        }
        if (edit.registrationDeadline() != null && edit.startsOn() != null
                && edit.registrationDeadline().isAfter(edit.startsOn())) {
            problems.add(new FieldProblem("registrationDeadline", "training.error.deadline-after"));
        }
        FieldChecks.noInvisible(problems, "title", edit.title(), "place", edit.place(), "description",
                edit.description(), "trainer", edit.trainer() == null ? "" : edit.trainer(), "audience",
                edit.audience() == null ? "" : edit.audience());
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        return edit;
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** One course with its counts, for DOST's papers of it (the attendance sheet). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public CourseView course(long courseId) {
        return view(courses.findById(courseId).orElseThrow(() -> new UserFacingException("error.not-found")));
    }

    /** One enterprise's registrations, newest first, for DOST's page of it. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RegistrationView> ofEnterprise(long enterpriseId) {
        String name = enterprises.nameOf(enterpriseId);
        return registrations.findByEnterpriseIdOrderByRegisteredAtDesc(enterpriseId).stream()
                .map(r -> r.toView(name, courses.findById(r.getCourseId()).map(Course::getTitle).orElse("")))
                .toList();
    }
}
