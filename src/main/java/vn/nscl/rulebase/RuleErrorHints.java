package vn.nscl.rulebase;

/** Adds a plain-words hint, in Vietnamese and English, to the most common Drools error messages. */
final class RuleErrorHints {

    private RuleErrorHints() {
    }

    /** The first line of a library's message, for a note in brackets. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.length() <= 200 ? first : first.substring(0, 200) + "…";
    }

    static String explain(String droolsText) {
        String text = droolsText == null ? "" : droolsText.strip();
        String hint = null;
        if (text.contains("Unable to resolve ObjectType")) {
            hint = "Loại dữ kiện không tồn tại: xem danh sách dữ kiện trong rules/README.md. "
                    + "/ Unknown fact type: see the list of facts in rules/README.md.";
        } else if (text.contains("mismatched input") || text.contains("no viable alternative")
                || text.contains("missing") || text.contains("extraneous input")) {
            hint = "Sai cú pháp: kiểm tra dấu ngoặc, dấu phẩy, dấu ngoặc kép và từ khóa when/then/end. "
                    + "/ Syntax error: check brackets, commas, quotes and the keywords when/then/end.";
        } else if (text.contains("Unable to Analyse Expression") || text.contains("cannot be resolved")) {
            hint = "Biểu thức không hiểu được: có thể sai tên thuộc tính hoặc phương thức. "
                    + "/ Cannot understand an expression: a property or method name may be wrong.";
        } else if (text.contains("Duplicate rule name")) {
            hint = "Hai quy tắc trùng tên: mỗi quy tắc cần một tên riêng. / Two rules have the same name.";
        }
        return hint == null ? text : hint + " [" + text + "]";
    }
}
