package vn.nscl.security;

import org.springframework.security.authentication.AccountStatusException;

/** The password was right, but the account's e-mail address has not been confirmed by the mailed link yet. */
class EmailNotConfirmedException extends AccountStatusException {

    EmailNotConfirmedException() {
        super("E-mail address not confirmed");
    }
}
