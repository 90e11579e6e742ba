package vn.nscl.rulebase;

import java.util.List;

/**
 * A built version of some kind of rules: what the platform evaluates with and how many rules it has, or the problems
 * (with file and line) that prevent using it.
 */
public record RuleBuild<C>(C compiled, int ruleCount, List<RuleProblem> problems, long millis) {

    public RuleBuild {
        problems = List.copyOf(problems);
    }

    public static <C> RuleBuild<C> failed(List<RuleProblem> problems, long millis) {
        return new RuleBuild<>(null, 0, problems, millis);
    }

    public boolean ok() {
        return compiled != null && problems.isEmpty();
    }
}
