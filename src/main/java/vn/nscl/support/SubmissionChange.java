package vn.nscl.support;

/** One field that changed between an application's last two submissions; {@code labelKey} is a translation key. */
public record SubmissionChange(String labelKey, String before, String after) {
}
