package vn.nscl.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.nscl.assessment.SubmittedAssessment;
import vn.nscl.enterprise.EnterpriseProfile;

/**
 * What a dry run finds, tallied as it walks the province: every changed assessment is counted and each item's gains
 * and losses summed, but only the first {@link #LISTED} changes are kept one by one: a rule that changes 100,000
 * assessments would otherwise fill memory, the stored result and the screen with lines nobody reads.
 */
final class DryRunChanges {

    static final int LISTED = 1_000;

    private final List<DryRunReport.Change> listed = new ArrayList<>();
    private final Map<String, int[]> gainedAndLost = new TreeMap<>();
    private int count;

    void compare(SubmittedAssessment assessment, EnterpriseProfile profile, Set<String> before, Set<String> after) {
        if (before.equals(after)) {
            return;
        }
        List<String> gained = minus(after, before);
        List<String> lost = minus(before, after);
        gained.forEach(code -> gainedAndLost.computeIfAbsent(code, c -> new int[2])[0]++);
        lost.forEach(code -> gainedAndLost.computeIfAbsent(code, c -> new int[2])[1]++);
        count++;
        if (listed.size() < LISTED) {
            listed.add(new DryRunReport.Change(assessment.id(), assessment.enterpriseId(),
                    profile.enterprise().name(), assessment.year(), gained, lost));
        }
    }

    int count() {
        return count;
    }

    /** The changes kept, by enterprise name then year. */
    List<DryRunReport.Change> listed() {
        return listed.stream().sorted(Comparator.comparing(DryRunReport.Change::enterpriseName)
                .thenComparing(DryRunReport.Change::year)).toList();
    }

    /** Per item, how many assessments gain and lose it; the items that move most first. */
    List<DryRunReport.ItemShift> shifts() {
        return gainedAndLost.entrySet().stream()
                .map(e -> new DryRunReport.ItemShift(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt((DryRunReport.ItemShift s) -> s.gained() + s.lost()).reversed())
                .toList();
    }

    static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(code -> !b.contains(code)).toList();
    }
}
