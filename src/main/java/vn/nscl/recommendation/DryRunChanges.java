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
    private final Map<String, Tally> byItem = new TreeMap<>();
    private int count;

    /** One item's gains, losses and rewordings, with the first rewording as the example. */
    private static final class Tally {
        int gained;
        int lost;
        int reworded;
        DryRunReport.Reworded example;
    }

    /**
     * Compares what an assessment is shown under the active rules and under the candidate: items (code to the reason
     * shown) gained, lost, and kept with another reason.
     */
    void compare(SubmittedAssessment assessment, EnterpriseProfile profile, Map<String, String> before,
            Map<String, String> after) {
        if (before.equals(after)) {
            return;
        }
        List<String> gained = minus(after.keySet(), before.keySet());
        List<String> lost = minus(before.keySet(), after.keySet());
        List<DryRunReport.Reworded> reworded = before.entrySet().stream()
                .filter(e -> after.containsKey(e.getKey()) && !after.get(e.getKey()).equals(e.getValue()))
                .map(e -> new DryRunReport.Reworded(e.getKey(), e.getValue(), after.get(e.getKey()))).toList();
        gained.forEach(code -> tally(code).gained++);
        lost.forEach(code -> tally(code).lost++);
        reworded.forEach(r -> {
            Tally tally = tally(r.code());
            tally.reworded++;
            if (tally.example == null) {
                tally.example = r;
            }
        });
        count++;
        if (listed.size() < LISTED) {
            listed.add(new DryRunReport.Change(assessment.id(), assessment.enterpriseId(),
                    profile.enterprise().name(), assessment.year(), gained, lost, reworded));
        }
    }

    private Tally tally(String code) {
        return byItem.computeIfAbsent(code, c -> new Tally());
    }

    int count() {
        return count;
    }

    /** The changes kept, by enterprise name then year. */
    List<DryRunReport.Change> listed() {
        return listed.stream().sorted(Comparator.comparing(DryRunReport.Change::enterpriseName)
                .thenComparing(DryRunReport.Change::year)).toList();
    }

    /** Per item, how many assessments gain, lose and keep it reworded; the items that move most first. */
    List<DryRunReport.ItemShift> shifts() {
        return byItem.entrySet().stream()
                .map(e -> new DryRunReport.ItemShift(e.getKey(), e.getValue().gained, e.getValue().lost,
                        e.getValue().reworded, e.getValue().example == null ? "" : e.getValue().example.before(),
                        e.getValue().example == null ? "" : e.getValue().example.after()))
                .sorted(Comparator.comparingInt((DryRunReport.ItemShift s) -> s.gained() + s.lost() + s.reworded())
                        .reversed())
                .toList();
    }

    static List<String> minus(java.util.Collection<String> a, Set<String> b) {
        return a.stream().filter(code -> !b.contains(code)).toList();
    }
}
