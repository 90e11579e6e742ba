package vn.nscl.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an edit changed, for the audit log, in the officers' language: "Trần hỗ trợ: 200 → 250; Hạn nhận: … → …",
 * only the fields that differ (an edit that changed nothing says so).
 */
public final class ChangeList {

    private final List<String> changed = new ArrayList<>();

    public ChangeList field(String label, Object before, Object after) {
        String was = text(before);
        String now = text(after);
        if (!Objects.equals(was, now)) {
            changed.add(label + ": " + (was.isEmpty() ? "–" : was) + " → " + (now.isEmpty() ? "–" : now));
        }
        return this;
    }

    public boolean isEmpty() {
        return changed.isEmpty();
    }

    @Override
    public String toString() {
        return changed.isEmpty() ? "không thay đổi" : String.join("; ", changed);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
