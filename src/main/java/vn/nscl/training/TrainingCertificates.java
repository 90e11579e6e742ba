package vn.nscl.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.shared.ConcurrentChange;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.SystemTask;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.UserFacingException.FieldProblem;

/**
 * Certificates after they are issued: DOST reissues one (a name spelt wrong, a paper lost) with a new number and
 * code, the old one kept as replaced; anyone checks a certificate by its verification code on the public page.
 */
@Service
public class TrainingCertificates {

    private final RegistrationRepository registrations;
    private final ReplacedCertificateRepository replaced;
    private final CourseRepository courses;
    private final EnterpriseService enterprises;
    private final AuditLog audit;
    private final Clock clock;

    TrainingCertificates(RegistrationRepository registrations, ReplacedCertificateRepository replaced,
            CourseRepository courses, EnterpriseService enterprises, AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.replaced = replaced;
        this.courses = courses;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the public verification page shows of a certificate; {@code replacedBy} set when a reissue replaced it. */
    public record CertificateCheck(String number, String staffName, String enterpriseName, String courseTitle,
            LocalDate courseDay, Instant issuedAt, boolean current, String replacedBy, Instant replacedAt) {
    }

    /**
     * Replaces a certificate with a new one (new number and verification code), possibly with the name corrected;
     * the reason is required and audited, and the old paper verifies as replaced from now on.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public RegistrationView reissue(long registrationId, String rawName, String rawReason, long expectedVersion) {
        Registration registration = registrations.findById(registrationId)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        if (registration.getCertificateNumber() == null) {
            throw new UserFacingException("training.error.no-certificate");
        }
        if (registration.getVersion() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        String name = TextRules.singleLine(rawName);
        String reason = TextRules.singleLine(rawReason);
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (name.isEmpty() || name.length() > 100) {
            problems.add(new FieldProblem("staffName", "training.error.staff-name"));
        }
        if (reason.isEmpty() || reason.length() > 500) {
            problems.add(new FieldProblem("reason", "training.error.reissue-reason"));
        }
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        Instant now = clock.instant();
        String oldNumber = registration.getCertificateNumber();
        replaced.save(new ReplacedCertificate(registration, now, SignedIn.actor(), reason));
        String base = oldNumber.replaceAll("-R\\d+$", "");
        long reissues = replaced.countByRegistrationId(registrationId);
        registration.reissue(name, base + "-R" + reissues, CertificateCodes.next(), now);
        ConcurrentChange.flush(registrations::flush);
        audit.record(TrainingAuditActions.CERTIFICATE_REISSUED, "course", registration.getCourseId(),
                oldNumber + " → " + registration.getCertificateNumber() + ": " + reason);
        return registration.toView(enterprises.nameOf(registration.getEnterpriseId()),
                courses.findById(registration.getCourseId()).map(Course::getTitle).orElse(""));
    }

    /** Public: a certificate by its verification code, current or replaced; empty when no certificate has it. */
    @Transactional(readOnly = true)
    public Optional<CertificateCheck> check(String typedCode) {
        String code = CertificateCodes.normalise(typedCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<Registration> current = registrations.findByVerificationCode(code);
        if (current.isPresent()) {
            Registration r = current.get();
            return Optional.of(check(r, r.getStaffName(), r.getCertificateNumber(), r.getCertificateAt(), true, null,
                    null));
        }
        return replaced.findByVerificationCode(code).flatMap(old -> registrations.findById(old.getRegistrationId())
                .map(r -> check(r, old.getStaffName(), old.getCertificateNumber(), null, false,
                        r.getCertificateNumber(), old.getReplacedAt())));
    }

    private CertificateCheck check(Registration registration, String name, String number, Instant issuedAt,
            boolean current, String replacedBy, Instant replacedAt) {
        Course course = courses.findById(registration.getCourseId()).orElseThrow();
        String enterprise = SystemTask.run(() -> enterprises.nameOf(registration.getEnterpriseId()));
        return new CertificateCheck(number, name, enterprise, course.getTitle(), course.getStartsOn(), issuedAt,
                current, replacedBy, replacedAt);
    }
}
