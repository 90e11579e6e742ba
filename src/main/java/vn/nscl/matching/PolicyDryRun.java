package vn.nscl.matching;

import java.util.List;

/**
 * What a policy version would change: for each open request, the experts proposed now and with the candidate
 * version (only requests whose proposals differ are listed).
 */
public record PolicyDryRun(int candidateNumber, int activeNumber, int requestsCompared, List<Change> changes,
        List<PolicyProblem> problems) {

    public record Change(long requestId, String enterpriseName, String itemCode, List<String> before,
            List<String> after) {
    }
}
