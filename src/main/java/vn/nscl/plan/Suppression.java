package vn.nscl.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which cells of one published table must be withheld so that no enterprise can be recognised: every cell of fewer
 * than {@link OpenDataService#MIN_CELL} enterprises, and then, while the withheld cells together hold between one
 * and four enterprises, the smallest cells still shown — otherwise the table's total minus the cells shown would
 * give the withheld ones away.
 */
final class Suppression {

    private Suppression() {
    }

    /** For cells of {@code counts} enterprises, whether each is withheld (same order). */
    static boolean[] withheld(List<Integer> counts) {
        boolean[] hidden = new boolean[counts.size()];
        int residue = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i) < OpenDataService.MIN_CELL) {
                hidden[i] = true;
                residue += counts.get(i);
            }
        }
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            if (!hidden[i]) {
                shown.add(i);
            }
        }
        shown.sort(Comparator.comparing(counts::get));
        for (int next = 0; residue > 0 && residue < OpenDataService.MIN_CELL && next < shown.size(); next++) {
            hidden[shown.get(next)] = true;
            residue += counts.get(shown.get(next));
        }
        return hidden;
    }
}
