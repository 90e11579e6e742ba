package vn.nscl.assessment;

import java.util.List;

import vn.nscl.shared.LocalizedText;

/**
 * One question: its text and help, and for each maturity level 0–4 what that level looks like in practice.
 * {@code household} false means the shorter household-business path skips it.
 */
public record Question(String code, Boolean quick, Boolean household, LocalizedText text, LocalizedText help,
        List<LocalizedText> levels) {

    public boolean inQuickCheck() {
        return Boolean.TRUE.equals(quick);
    }

    public boolean askedOfHouseholds() {
        return !Boolean.FALSE.equals(household);
    }
}
