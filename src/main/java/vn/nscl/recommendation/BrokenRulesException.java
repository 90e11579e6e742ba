package vn.nscl.recommendation;

import java.util.List;
import java.util.stream.Collectors;

import vn.nscl.rulebase.RuleProblem;

/** The shipped rule files do not build; the application does not start until they are fixed. */
public class BrokenRulesException extends IllegalStateException {

    private final transient List<RuleProblem> problems;

    BrokenRulesException(List<RuleProblem> problems) {
        super("The rules do not build: " + problems.stream().map(RuleProblem::describe)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
