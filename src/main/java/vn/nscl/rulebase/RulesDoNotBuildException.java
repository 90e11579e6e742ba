package vn.nscl.rulebase;

import java.util.List;


import vn.nscl.shared.UserFacingException;

/** A rule set was refused because it does not build; carries the problems to show, with file and line. */
public class RulesDoNotBuildException extends UserFacingException {

    private final transient List<RuleProblem> problems;

    RulesDoNotBuildException(List<RuleProblem> problems) {
        super("rules.error.does-not-build", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
