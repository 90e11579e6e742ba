package vn.nscl.rulebase;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/**
 * What a candidate rule set changes compared with another version, file by file, as unified diff lines (three lines
 * of context). Workbooks are compared through the DRL they stand for, so a changed cell shows as a changed rule.
 */
public final class RuleFileDiff {

    /** How a file changed. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /** One file's change; {@code lines} start with '+', '-', ' ' or "@@" like a unified diff. */
    public record FileDiff(String path, Change change, List<String> lines) {
    }

    private static final int CONTEXT = 3;

    private RuleFileDiff() {
    }

    public static List<FileDiff> between(Map<String, byte[]> before, Map<String, byte[]> after) {
        List<FileDiff> diffs = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            List<String> old = lines(path, before.get(path));
            List<String> now = lines(path, after.get(path));
            if (old.equals(now)) {
                continue;
            }
            Patch<String> patch = DiffUtils.diff(old, now);
            List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(path, path, old, patch, CONTEXT);
            Change change = !before.containsKey(path) ? Change.ADDED : !after.containsKey(path) ? Change.REMOVED
                    : Change.CHANGED;
            diffs.add(new FileDiff(path, change, unified.stream().filter(line -> !line.startsWith("---")
                    && !line.startsWith("+++")).toList()));
        }
        return List.copyOf(diffs);
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
}
