package vn.nscl.recommendation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The expert case suite run over one rule base: every run's outcome and the totals the build is judged on. */
public record AdviceCaseResults(List<AdviceCaseOutcome> outcomes) {

    /** The share of expected items that must be among the first five. */
    public static final double REQUIRED_FIRST_FIVE_SHARE = 0.9;

    public AdviceCaseResults {
        outcomes = List.copyOf(outcomes);
    }

    public int runs() {
        return outcomes.size();
    }

    public int runsPassed() {
        return (int) outcomes.stream().filter(AdviceCaseOutcome::passed).count();
    }

    public int expected() {
        return outcomes.stream().mapToInt(o -> o.run().expected().size()).sum();
    }

    public int expectedInFirstFive() {
        return outcomes.stream().mapToInt(AdviceCaseOutcome::expectedInFirstFive).sum();
    }

    public int expectedAnywhere() {
        return outcomes.stream().mapToInt(AdviceCaseOutcome::expectedAnywhere).sum();
    }

    public int forbiddenFound() {
        return outcomes.stream().mapToInt(o -> o.forbiddenFound().size()).sum();
    }

    public int programmesExpected() {
        return outcomes.stream().mapToInt(o -> o.run().expectedProgrammes().size()).sum();
    }

    public int programmesFound() {
        return outcomes.stream().mapToInt(AdviceCaseOutcome::programmesFound).sum();
    }

    public List<AdviceCaseOutcome> errors() {
        return outcomes.stream().filter(o -> o.error() != null).toList();
    }

    public double firstFiveShare() {
        return expected() == 0 ? 1 : (double) expectedInFirstFive() / expected();
    }

    /** What the build and an activation require: nothing forbidden, no broken case, 90 % in the first five. */
    public boolean acceptable() {
        return forbiddenFound() == 0 && errors().isEmpty() && firstFiveShare() >= REQUIRED_FIRST_FIVE_SHARE;
    }

    public Set<String> firedRules() {
        Set<String> fired = new TreeSet<>();
        outcomes.forEach(o -> fired.addAll(o.firedRules()));
        return fired;
    }
}
