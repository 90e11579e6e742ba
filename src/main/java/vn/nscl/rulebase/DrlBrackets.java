package vn.nscl.rulebase;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds the bracket a rule file is missing, on the line where it is missing. Drools reports a missing ")" where it
 * notices, which is the next line ("then" on line 13 for a condition left open on line 12); an officer needs the line
 * to fix. Brackets never span two rules, so each rule is checked on its own; strings and comments are skipped.
 */
final class DrlBrackets {

    /** A bracket left open, closed twice or closed by the wrong kind, and where. */
    record Unbalanced(int line, String vi, String en) {
    }

    private record Open(char bracket, int line) {
    }

    private DrlBrackets() {
    }

    static Optional<Unbalanced> firstUnbalanced(String drl) {
        Deque<Open> open = new ArrayDeque<>();
        String[] lines = drl.split("\n", -1);
        boolean inBlockComment = false;
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i];
            String keyword = line.strip();
            if (!inBlockComment && (keyword.startsWith("rule ") || keyword.equals("end")) && !open.isEmpty()) {
                return Optional.of(leftOpen(open.peek()));
            }
            char quote = 0;
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                char next = c + 1 < line.length() ? line.charAt(c + 1) : 0;
                if (inBlockComment) {
                    if (ch == '*' && next == '/') {
                        inBlockComment = false;
                        c++;
                    }
                } else if (quote != 0) {
                    if (ch == '\\') {
                        c++;
                    } else if (ch == quote) {
                        quote = 0;
                    }
                } else if (ch == '"' || ch == '\'') {
                    quote = ch;
                } else if (ch == '/' && next == '/') {
                    break;
                } else if (ch == '/' && next == '*') {
                    inBlockComment = true;
                    c++;
                } else if (ch == '(' || ch == '[' || ch == '{') {
                    open.push(new Open(ch, lineNumber));
                } else if (ch == ')' || ch == ']' || ch == '}') {
                    if (open.isEmpty()) {
                        return Optional.of(new Unbalanced(lineNumber, "Dấu '" + ch + "' ở dòng " + lineNumber
                                + " không có dấu mở tương ứng.", "The '" + ch + "' on line " + lineNumber
                                + " has no opening bracket."));
                    }
                    Open opener = open.pop();
                    if (closing(opener.bracket()) != ch) {
                        return Optional.of(leftOpen(opener));
                    }
                }
            }
        }
        return open.isEmpty() ? Optional.empty() : Optional.of(leftOpen(open.peek()));
    }

    private static Unbalanced leftOpen(Open opener) {
        char closing = closing(opener.bracket());
        return new Unbalanced(opener.line(), "Thiếu dấu '" + closing + "' để đóng dấu '" + opener.bracket()
                + "' mở ở dòng " + opener.line() + ".", "A '" + closing + "' is missing to close the '"
                + opener.bracket() + "' opened on line " + opener.line() + ".");
    }

    private static char closing(char opening) {
        return opening == '(' ? ')' : opening == '[' ? ']' : '}';
    }
}
