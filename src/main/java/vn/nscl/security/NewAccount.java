package vn.nscl.security;

import java.util.Locale;

/** What is needed to open an account; values are cleaned and checked by {@link AccountService}. */
public record NewAccount(String email, String password, String displayName, String phone, String organisation,
        Locale language) {
}
