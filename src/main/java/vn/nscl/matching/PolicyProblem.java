package vn.nscl.matching;

/** A mistake in the matching policy file, with its line (0 when the whole file is concerned). */
public record PolicyProblem(int line, String messageKey, String detail) {
}
