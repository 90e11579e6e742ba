package vn.nscl.recommendation;

import java.util.List;

/**
 * What activating a candidate rule set would change: for each submitted assessment whose shown recommendations or
 * eligible programmes differ from the active set's, what it gains and what it loses. {@code problems} is not empty
 * when the candidate does not build (then nothing was evaluated).
 */
public record DryRunReport(int candidateNumber, int activeNumber, int evaluated, long millis, List<Change> changes,
        List<RuleProblem> problems) {

    public record Change(long assessmentId, long enterpriseId, String enterpriseName, int year, List<String> gained,
            List<String> lost) {
    }
}
