package vn.nscl.rulebase;

import java.util.List;
import java.util.stream.Collectors;


/** The shipped rule files do not build; the application does not start until they are fixed. */
public class BrokenRulesException extends IllegalStateException {

    private final transient List<RuleProblem> problems;
    private final String kind;

    BrokenRulesException(String kind, List<RuleProblem> problems) {
        super("The " + kind + " rules do not build: " + problems.stream().map(RuleProblem::describe)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.kind = kind;
    }

    /** Which kind of rules, i.e. which folder under {@code rules/}. */
    public String kind() {
        return kind;
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
