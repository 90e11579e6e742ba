package vn.nscl.training;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One named staff member of an enterprise on a course: registered, then attended or not, then certified. */
@Entity
@Table(name = "training_registration")
class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long courseId;
    private long enterpriseId;

    @Column(nullable = false, length = 100)
    private String staffName;

    @Column(length = 100)
    private String staffRole;

    @Column(nullable = false)
    private Instant registeredAt;

    private boolean attended;

    @Column(length = 30)
    private String certificateNumber;

    private Instant certificateAt;

    /** The code the certificate's QR code carries to the public verification page. */
    @Column(length = 16)
    private String verificationCode;

    protected Registration() {
    }

    Registration(long courseId, long enterpriseId, String staffName, String staffRole, Instant at) {
        this.courseId = courseId;
        this.enterpriseId = enterpriseId;
        this.staffName = staffName;
        this.staffRole = staffRole;
        this.registeredAt = at;
    }

    void markAttended(boolean value) {
        attended = value;
    }

    void certify(String number, String code, Instant at) {
        certificateNumber = number;
        verificationCode = code;
        certificateAt = at;
    }

    /** A new certificate replaces the one issued (a name spelt wrong, a lost paper): new number, code and date. */
    void reissue(String staff, String number, String code, Instant at) {
        staffName = staff;
        certify(number, code, at);
    }

    String getStaffName() {
        return staffName;
    }

    Instant getCertificateAt() {
        return certificateAt;
    }

    String getVerificationCode() {
        return verificationCode;
    }

    long getVersion() {
        return version;
    }

    Long getId() {
        return id;
    }

    long getCourseId() {
        return courseId;
    }

    long getEnterpriseId() {
        return enterpriseId;
    }

    boolean isAttended() {
        return attended;
    }

    String getCertificateNumber() {
        return certificateNumber;
    }

    RegistrationView toView(String enterpriseName, String courseTitle) {
        return new RegistrationView(id, version, courseId, courseTitle, enterpriseId, enterpriseName, staffName,
                staffRole, registeredAt, attended, certificateNumber, certificateAt, verificationCode);
    }
}
