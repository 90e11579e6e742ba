package vn.nscl.matching;

import java.time.LocalDate;

import vn.nscl.expert.Language;

/** What an enterprise fills in to ask for expert help. */
public record NewSupportRequest(String itemCode, String need, WorkMode mode, Language language,
        LocalDate preferredFrom, LocalDate preferredTo) {
}
