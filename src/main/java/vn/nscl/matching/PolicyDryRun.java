package vn.nscl.matching;

import java.util.List;

import vn.nscl.rulebase.RuleProblem;

/**
 * What a version of the matching rules would change: for each open request, the experts proposed now and with the
 * candidate version, and the experts it would no longer allow at all with the rule that excludes them (only requests
 * whose proposals or eligible experts differ are listed).
 */
public record PolicyDryRun(int candidateNumber, int activeNumber, int requestsCompared, List<Change> changes,
        List<RuleProblem> problems) {

    public record Change(long requestId, String enterpriseName, String itemCode, List<String> before,
            List<String> after, List<Lost> lost) {
    }

    /** An expert eligible under the active version whom the candidate version excludes, and why. */
    public record Lost(long expertId, String expertName, String reason) {
    }
}
