package vn.nscl.recommendation;

import java.util.List;
import java.util.Set;

/**
 * How the advice for one run of an expert case compares with what the expert expects.
 *
 * @param firstFive         the tools shown first, in order
 * @param tools             every tool recommended, in order
 * @param programmes        the programmes the enterprise was found eligible for
 * @param missed            expected items that are not among the first five
 * @param forbiddenFound    forbidden items or programmes that were recommended anyway
 * @param programmesMissed  expected programmes the enterprise was not found eligible for
 * @param firedRules        the names of the rules that concluded anything for this run
 * @param error             why the run could not be evaluated (answers to questions not asked, say), else null
 * @param ranked            the recommendations as the enterprise would see them
 * @param unfitting         tools the rules concluded that the catalogue says are not for such an enterprise (the
 *                          ranking drops them; rules should not conclude them at all)
 */
public record AdviceCaseOutcome(AdviceCase aCase, AdviceCase.Run run, List<String> firstFive, List<String> tools,
        List<String> programmes, List<AdviceCase.Expectation> missed, List<AdviceCase.Expectation> forbiddenFound,
        List<AdviceCase.Expectation> programmesMissed, Set<String> firedRules, String error,
        List<Recommendation> ranked, Set<String> unfitting) {

    public String label() {
        return run.label(aCase);
    }

    /** Every expected item among the first five, nothing forbidden anywhere. */
    public boolean passed() {
        return error == null && missed.isEmpty() && forbiddenFound.isEmpty();
    }

    public int expectedInFirstFive() {
        return error == null ? run.expected().size() - missed.size() : 0;
    }

    /** Expected items recommended at all, in the first five or further down. */
    public int expectedAnywhere() {
        return error == null ? (int) run.expected().stream().filter(e -> tools.contains(e.item())).count() : 0;
    }

    public int programmesFound() {
        return error == null ? run.expectedProgrammes().size() - programmesMissed.size() : 0;
    }
}
