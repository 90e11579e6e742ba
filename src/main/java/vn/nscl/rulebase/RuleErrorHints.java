package vn.nscl.rulebase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says the Drools compiler's most common messages in plain words, in Vietnamese and English; the compiler's own text
 * is kept apart as the technical detail, which the editor shows folded away.
 */
final class RuleErrorHints {

    /** The compiler's message said plainly. */
    record Explained(String vi, String en, String technical) {
    }

    private static final Pattern QUOTED = Pattern.compile("'([^']{1,60})'");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate rule name: ?(.{1,80})");

    private RuleErrorHints() {
    }

    /** The first line of a library's message, for the technical detail. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.length() <= 200 ? first : first.substring(0, 200) + "…";
    }

    static Explained explain(String droolsText) {
        String text = droolsText == null ? "" : droolsText.strip();
        if (text.contains("Unable to resolve ObjectType")) {
            String type = quoted(text);
            return new Explained("Không có loại dữ kiện " + type + ": xem danh sách dữ kiện trong rules/README.md (viết hoa, "
                            + "viết thường phải đúng).",
                    "There is no fact type " + type + ": see the list of facts in rules/README.md.", text);
        }
        if (text.contains("mismatched input") || text.contains("no viable alternative")
                || text.contains("missing") || text.contains("extraneous input") || text.contains("unexpected")) {
            String near = quoted(text);
            return new Explained("Sai cú pháp" + (near.isEmpty() ? "" : " gần " + near) + ": kiểm tra dấu ngoặc, dấu phẩy, "
                            + "dấu ngoặc kép và các từ khóa rule, when, then, end.",
                    "Syntax error" + (near.isEmpty() ? "" : " near " + near) + ": check brackets, commas, quotes "
                            + "and the keywords rule, when, then, end.", text);
        }
        if (text.contains("Duplicate rule name")) {
            Matcher name = DUPLICATE.matcher(text);
            String shown = name.find() ? " \"" + name.group(1).strip() + "\"" : "";
            return new Explained("Hai quy tắc cùng tên" + shown + ": mỗi quy tắc cần một tên riêng.",
                    "Two rules are named" + shown + ": each rule needs its own name.", text);
        }
        if (text.contains("Rule Compilation error")) {
            return new Explained("Phần then của quy tắc có lỗi: kiểm tra tên biến (bắt đầu bằng $), dấu chấm phẩy cuối mỗi lệnh "
                            + "và tên các lệnh của ranking.",
                    "The rule's then part has an error: check variable names (starting with $), the semicolon after "
                            + "each statement and the names of ranking's commands.", text);
        }
        if (text.contains("Unable to Analyse Expression") || text.contains("cannot be resolved")
                || text.contains("Unable to find") || text.contains("Unable to resolve")) {
            return new Explained("Không hiểu được một điều kiện: có thể sai tên thuộc tính (xem danh sách trong rules/README.md) "
                            + "hoặc so sánh hai thứ không cùng loại.",
                    "A condition cannot be understood: a property name may be wrong (see rules/README.md) or two "
                            + "things of different types are compared.", text);
        }
        return new Explained("Drools không dịch được đoạn này; xem chi tiết kỹ thuật hoặc nhờ người "
                + "quản trị hệ thống.", "Drools cannot compile this part; see the technical detail.", text);
    }

    private static String quoted(String text) {
        Matcher quoted = QUOTED.matcher(text);
        return quoted.find() ? "'" + quoted.group(1) + "'" : "";
    }
}
