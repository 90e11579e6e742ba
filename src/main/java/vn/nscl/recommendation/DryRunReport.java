package vn.nscl.recommendation;

import java.util.List;

import vn.nscl.rulebase.RuleFileDiff;
import vn.nscl.rulebase.RuleProblem;

/**
 * What activating a candidate rule set would change: how many submitted assessments' shown recommendations or
 * eligible programmes differ from the active set's ({@code changed}), how many gain and lose each item, and for the
 * first of them ({@code changes}, at most {@link DryRunChanges#LISTED}) what each gains and loses; how the expert cases
 * fare with it compared with the active set; and what its files change. {@code problems} is not empty when the
 * candidate does not build or a rule ran away (then the evaluation stopped and {@code cases} is null).
 */
public record DryRunReport(int candidateNumber, int activeNumber, int evaluated, long millis, int changed,
        List<ItemShift> shifts, List<Change> changes, List<RuleProblem> problems, List<RuleFileDiff.FileDiff> diff,
        CaseCheck cases) {

    /**
     * An item (tool or programme code) and how many assessments gain it, lose it, and keep it with another reason;
     * with one example of the reason before and after (empty when no reason changed).
     */
    public record ItemShift(String code, int gained, int lost, int reworded, String reasonBefore, String reasonAfter) {
    }

    /** One assessment's change: items gained and lost, and the items kept whose reason reads differently. */
    public record Change(long assessmentId, long enterpriseId, String enterpriseName, int year, List<String> gained,
            List<String> lost, List<Reworded> reworded) {

        public Change {
            reworded = reworded == null ? List.of() : reworded;
        }
    }

    /** An item recommended by both versions with a different reason (as the enterprise reads it, in Vietnamese). */
    public record Reworded(String code, String before, String after) {
    }

    /**
     * The expert cases under the active set and under the candidate: runs passing, the share of expected items in
     * the first five, forbidden items recommended, and every run the candidate breaks (an expected item no longer in
     * the first five, a forbidden item now recommended) or mends.
     */
    public record CaseCheck(int runs, int passedBefore, int passedAfter, double firstFiveBefore, double firstFiveAfter,
            int forbiddenBefore, int forbiddenAfter, List<CaseRun> broken, List<CaseRun> mended) {

        public boolean acceptable() {
            return forbiddenAfter == 0 && firstFiveAfter >= AdviceCaseResults.REQUIRED_FIRST_FIVE_SHARE;
        }
    }

    /** One run of a case: which, and what it loses or gains (codes). */
    public record CaseRun(String caseTitle, String run, List<String> lostExpected, List<String> gainedForbidden) {
    }
}
