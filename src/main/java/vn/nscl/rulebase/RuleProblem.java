package vn.nscl.rulebase;

/** A mistake in a rule file, where it is and what is wrong, in words a rule editor can act on. */
public record RuleProblem(String file, int line, int column, String message) {

    public String describe() {
        return file + (line > 0 ? ", dòng/line " + line : "") + ": " + message;
    }
}
