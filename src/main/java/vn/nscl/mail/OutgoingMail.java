package vn.nscl.mail;

/** A plain-text mail to one recipient. */
public record OutgoingMail(String to, String subject, String body) {

    static final int TO_MAX_LENGTH = 254;
    static final int SUBJECT_MAX_LENGTH = 300;
    static final int BODY_MAX_LENGTH = 20_000;

    public OutgoingMail {
        subject = subject.length() <= SUBJECT_MAX_LENGTH ? subject : subject.substring(0, SUBJECT_MAX_LENGTH - 1) + "…";
        body = body.length() <= BODY_MAX_LENGTH ? body : body.substring(0, BODY_MAX_LENGTH - 1) + "…";
    }
}
