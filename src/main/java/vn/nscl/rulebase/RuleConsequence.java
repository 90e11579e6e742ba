package vn.nscl.rulebase;

import java.util.List;
import java.util.Set;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.stmt.BlockStmt;

/**
 * The "then" part of a rule, read as the Java block Drools compiles it to and checked by {@link CodeCheck}: it may
 * only call the advice API with texts and numbers made from the rule's facts.
 */
final class RuleConsequence {

    private final RuleSandbox sandbox;
    private final String file;
    private final List<RuleProblem> problems;
    private final Set<String> variables;

    RuleConsequence(RuleSandbox sandbox, String file, List<RuleProblem> problems, Set<String> variables) {
        this.sandbox = sandbox;
        this.file = file;
        this.problems = problems;
        this.variables = variables;
    }

    /** {@code firstLine}: the line of the file where the consequence's text starts. */
    void check(String code, int firstLine) {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        ParseResult<BlockStmt> parsed = new JavaParser(configuration).parseBlock("{" + code + "\n}");
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            int line = parsed.getProblems().stream().flatMap(p -> p.getLocation().stream())
                    .map(location -> location.getBegin().getRange().map(r -> r.begin.line).orElse(1)).findFirst()
                    .orElse(1);
            add(firstLine + line - 1, "Phần \"then\" chỉ được gọi advice với lý do bằng chữ và số liệu của dữ kiện; "
                    + "không hiểu được câu lệnh ở đây.", "The \"then\" part can only call advice; this statement "
                    + "cannot be read.");
            return;
        }
        CodeCheck.Problems placed = (node, vi, en) -> add(
                firstLine + node.getBegin().map(position -> position.line - 1).orElse(0), vi, en);
        new CodeCheck(sandbox, placed, variables).consequence(parsed.getResult().get());
    }

    private void add(int line, String vi, String en) {
        problems.add(new RuleProblem(file, Math.max(line, 0), vi, en));
    }
}
