package vn.nscl.rulebase;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;


/** Names the broken rule file and line when the shipped rules stop the start. */
public class BrokenRulesFailureAnalyzer extends AbstractFailureAnalyzer<BrokenRulesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BrokenRulesException cause) {
        return new FailureAnalysis("The " + cause.kind() + " rules in rules/" + cause.kind() + "/ do not build:\n  "
                + cause.problems().stream().map(RuleProblem::describe).collect(Collectors.joining("\n  ")),
                "Fix the file and line named above (see rules/README.md), or restore it from version control, and "
                        + "start again. Nothing was changed in the database.", cause);
    }
}
