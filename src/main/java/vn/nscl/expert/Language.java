package vn.nscl.expert;

import java.util.Arrays;
import java.util.Optional;

/**
 * Languages an expert works in. Several mountain communes of Quảng Trị speak Bru–Vân Kiều or Pa Kô: a request can
 * ask for one of them.
 */
public enum Language {
    VI("vi"), BRU("bru"), PAKO("pko"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Language> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
