package vn.nscl.rulebase;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * What a candidate rule set changes compared with another version, file by file, as unified diff lines (three lines
 * of context), or side by side ({@link #sideBySide}). Workbooks are compared through the DRL they stand for, so a
 * changed cell shows as a changed rule.
 */
public final class RuleFileDiff {

    /** How a file changed. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /** One file's change; {@code lines} start with '+', '-', ' ' or "@@" like a unified diff. */
    public record FileDiff(String path, Change change, List<String> lines) {
    }

    /** How a line of a side-by-side comparison differs; GAP stands for unchanged lines left out. */
    public enum RowKind { SAME, CHANGED, REMOVED, ADDED, GAP }

    /**
     * One row of a side-by-side comparison: the line before (number from 1, 0 when there is none) and after. For a
     * GAP, {@code oldNumber} is how many unchanged lines were left out.
     */
    public record Row(RowKind kind, int oldNumber, String oldText, int newNumber, String newText) {
    }

    /** One file compared side by side. */
    public record FileComparison(String path, Change change, List<Row> rows) {
    }

    private static final int CONTEXT = 3;

    private RuleFileDiff() {
    }

    public static List<FileDiff> between(Map<String, byte[]> before, Map<String, byte[]> after) {
        return changed(before, after).stream().map(file -> new FileDiff(file.path(), file.change(),
                UnifiedDiffUtils.generateUnifiedDiff(file.path(), file.path(), file.old(),
                        DiffUtils.diff(file.old(), file.now()), CONTEXT).stream()
                        .filter(line -> !line.startsWith("---") && !line.startsWith("+++")).toList())).toList();
    }

    /** A file whose lines differ between the two versions, with both sides' lines (empty for a missing side). */
    private record Changed(String path, Change change, List<String> old, List<String> now) {
    }

    /** Every file that differs, by path. */
    private static List<Changed> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        List<Changed> files = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            List<String> old = lines(path, before.get(path));
            List<String> now = lines(path, after.get(path));
            if (!old.equals(now)) {
                files.add(new Changed(path, !before.containsKey(path) ? Change.ADDED
                        : !after.containsKey(path) ? Change.REMOVED : Change.CHANGED, old, now));
            }
        }
        return files;
    }

    private static List<String> lines(String path, byte[] content) {
        if (content == null) {
            return List.of();
        }
        if (path.endsWith(".drl.xlsx")) {
            DecisionTables.Converted converted = DecisionTables.toDrl(content);
            return converted.ok() ? converted.drl().lines().toList() : List.of("(" + converted.problemVi() + ")");
        }
        return new String(content, StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * Every file that differs, side by side: each changed line with the one it replaced, and three unchanged lines
     * around each change; longer unchanged stretches are one GAP row saying how many lines were left out.
     */
    public static List<FileComparison> sideBySide(Map<String, byte[]> before, Map<String, byte[]> after) {
        return changed(before, after).stream().map(file -> new FileComparison(file.path(), file.change(),
                withGaps(paired(file.old(), file.now())))).toList();
    }

    /** Every line of both sides, paired: unchanged lines, then each change's lines side by side. */
    private static List<Row> paired(List<String> old, List<String> now) {
        List<Row> rows = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            while (oldAt < delta.getSource().getPosition()) {
                rows.add(new Row(RowKind.SAME, oldAt + 1, old.get(oldAt), newAt + 1, now.get(newAt)));
                oldAt++;
                newAt++;
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
                boolean hasOld = i < removed.size();
                boolean hasNew = i < added.size();
                RowKind kind = hasOld && hasNew ? RowKind.CHANGED : hasOld ? RowKind.REMOVED : RowKind.ADDED;
                rows.add(new Row(kind, hasOld ? ++oldAt : 0, hasOld ? removed.get(i) : "", hasNew ? ++newAt : 0,
                        hasNew ? added.get(i) : ""));
            }
        }
        while (oldAt < old.size()) {
            rows.add(new Row(RowKind.SAME, oldAt + 1, old.get(oldAt), newAt + 1, now.get(newAt)));
            oldAt++;
            newAt++;
        }
        return rows;
    }

    private static List<Row> withGaps(List<Row> rows) {
        boolean[] keep = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind() != RowKind.SAME) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(rows.size() - 1, i + CONTEXT); j++) {
                    keep[j] = true;
                }
            }
        }
        List<Row> shown = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (keep[i]) {
                if (skipped > 0) {
                    shown.add(new Row(RowKind.GAP, skipped, "", 0, ""));
                    skipped = 0;
                }
                shown.add(rows.get(i));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            shown.add(new Row(RowKind.GAP, skipped, "", 0, ""));
        }
        return shown;
    }
}
