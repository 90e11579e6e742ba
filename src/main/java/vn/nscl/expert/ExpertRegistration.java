package vn.nscl.expert;

import java.util.Locale;

/** What an expert types when registering. */
public record ExpertRegistration(String fullName, String email, String phone, String organisation, String password,
        Locale language) {
}
