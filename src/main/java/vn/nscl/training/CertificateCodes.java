package vn.nscl.training;

import java.util.random.RandomGenerator;

/**
 * Verification codes of certificates: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L), so one
 * read off paper is typed right; 31^10 (about 8·10^14) codes, so none can be guessed to read another trainee's
 * certificate.
 */
public final class CertificateCodes {

    static final int LENGTH = 10;
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private CertificateCodes() {
    }

    /** A new code for a certificate being issued. */
    static String next() {
        return random(RANDOM);
    }

    public static String random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a person typed, as stored: spaces and dashes removed, upper case; empty when it cannot be a code. */
    static String normalise(String typed) {
        String code = typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(java.util.Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : "";
    }
}
