package vn.nscl.training;

import java.time.Instant;

/** A registration as shown to the enterprise and to officers. */
public record RegistrationView(long id, long version, long courseId, String courseTitle, long enterpriseId,
        String enterpriseName, String staffName, String staffRole, Instant registeredAt, boolean attended,
        String certificateNumber, Instant certificateAt, String verificationCode) {
}
