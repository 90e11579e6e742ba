package vn.nscl.recommendation;

import java.util.List;

import vn.nscl.rulebase.RuleFileDiff;
import vn.nscl.rulebase.RuleProblem;

/**
 * What activating a candidate rule set would change: for each submitted assessment whose shown recommendations or
 * eligible programmes differ from the active set's, what it gains and what it loses, and what its files change
 * compared with the active set. {@code problems} is not empty when the candidate does not build or a rule ran away
 * (then the evaluation stopped).
 */
public record DryRunReport(int candidateNumber, int activeNumber, int evaluated, long millis, List<Change> changes,
        List<RuleProblem> problems, List<RuleFileDiff.FileDiff> diff) {

    public record Change(long assessmentId, long enterpriseId, String enterpriseName, int year, List<String> gained,
            List<String> lost) {
    }
}
