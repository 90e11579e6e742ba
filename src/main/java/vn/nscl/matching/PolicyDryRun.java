package vn.nscl.matching;

import java.util.List;

import vn.nscl.rulebase.RuleProblem;

/**
 * What a version of the matching rules would change: for each open request, the experts proposed now and with the
 * candidate version, the experts it would no longer allow at all with the rule that excludes them, and the experts
 * still proposed whose explanation would read differently (only requests where something differs are listed).
 */
public record PolicyDryRun(int candidateNumber, int activeNumber, int requestsCompared, List<Change> changes,
        List<RuleProblem> problems) {

    public record Change(long requestId, String enterpriseName, String itemCode, List<String> before,
            List<String> after, List<Lost> lost, List<Reworded> reworded) {

        public Change {
            reworded = reworded == null ? List.of() : reworded;
        }
    }

    /** An expert proposed by both versions whose explanation reads differently, before and after, in both languages. */
    public record Reworded(String expertName, String beforeVi, String afterVi, String beforeEn, String afterEn) {

        public String before(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? beforeEn : beforeVi;
        }

        public String after(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? afterEn : afterVi;
        }
    }

    /** An expert eligible under the active version whom the candidate version excludes, and why. */
    public record Lost(long expertId, String expertName, String reason) {
    }
}
