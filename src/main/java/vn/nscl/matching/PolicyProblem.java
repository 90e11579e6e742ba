package vn.nscl.matching;

/**
 * A mistake in the matching policy file, with its line (0 when the whole file is concerned). For a syntax mistake
 * {@code detail} is the YAML reader's own text: technical, shown folded away.
 */
public record PolicyProblem(int line, String messageKey, String detail) {

    static final String SYNTAX = "matching.policy.error.syntax";

    /** The reader's own text, when it is what the detail holds. */
    String technical() {
        return SYNTAX.equals(messageKey) ? detail : "";
    }
}
