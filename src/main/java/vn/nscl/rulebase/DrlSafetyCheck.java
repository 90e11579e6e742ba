package vn.nscl.rulebase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

/**
 * Checks a DRL file, before Drools ever compiles it, against what rules of its kind may do (a {@link RuleSandbox}).
 * The file is read with Drools' own parser; every part of it must be on the allow-list: the kind's package, imports
 * of the fact package only, its globals, no functions, declarations, queries, {@code eval} or other entry points;
 * patterns over the fact classes; conditions and consequences made only of what {@link CodeCheck} lets through;
 * literal attributes. Each refusal names the file and line in plain Vietnamese (and English).
 */
public final class DrlSafetyCheck {

    /** A unicode escape is read as code by the Java compiler but as text by a parser: never in a rule. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");
    private static final Pattern THEN = Pattern.compile("\\bthen\\b");
    private static final Set<String> LITERAL_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "agenda-group",
            "activation-group", "ruleflow-group", "auto-focus");

    private final RuleSandbox sandbox;
    private final String file;
    private final List<RuleProblem> problems = new ArrayList<>();

    private DrlSafetyCheck(RuleSandbox sandbox, String file) {
        this.sandbox = sandbox;
        this.file = file;
    }

    /** The problems found in one file; none when it only does what rules of this kind may do. */
    public static List<RuleProblem> check(String file, String drl, RuleSandbox sandbox) {
        DrlSafetyCheck check = new DrlSafetyCheck(sandbox, file);
        check.file(drl);
        return List.copyOf(check.problems);
    }

    private void file(String drl) {
        var escape = UNICODE_ESCAPE.matcher(drl);
        if (escape.find()) {
            add(lineOf(drl, escape.start()), "Không dùng mã thoát \\u trong quy tắc: hãy gõ thẳng ký tự.",
                    "Unicode escapes (\\u) are not allowed in rules: type the character itself.");
            return;
        }
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            problems.add(new RuleProblem(file, 0, 0, "Không đọc được tệp quy tắc.", "The rule file cannot be read.",
                    RuleErrorHints.firstLine(e.getMessage())));
            return;
        }
        if (parser.hasErrors() || descr == null) {
            syntaxProblems(drl, parser.getErrors());
            return;
        }
        packageLevel(descr);
        descr.getRules().forEach(rule -> rule(rule, drl));
    }

    /**
     * The parser's complaints in plain words. When a bracket is left open or closed twice, that is said once, on
     * the bracket's own line: the parser notices only later (the next line) and then complains again and again.
     */
    private void syntaxProblems(String drl, List<? extends DroolsError> errors) {
        String technical = String.join("\n", errors.stream().map(DroolsError::getMessage).toList());
        var bracket = DrlBrackets.firstUnbalanced(drl);
        if (bracket.isPresent()) {
            problems.add(new RuleProblem(file, bracket.get().line(), 0, bracket.get().vi(), bracket.get().en(),
                    technical));
            return;
        }
        for (DroolsError error : errors) {
            RuleErrorHints.Explained said = RuleErrorHints.explain(error.getMessage());
            problems.add(new RuleProblem(file, error.getLines().length > 0 ? Math.max(error.getLines()[0], 0) : 0,
                    0, said.vi(), said.en(), said.technical()));
        }
    }

    private void packageLevel(PackageDescr descr) {
        if (!sandbox.drlPackage().equals(descr.getName())) {
            add(descr.getLine(), "Tệp phải bắt đầu bằng: package " + sandbox.drlPackage() + ";",
                    "The file must declare: package " + sandbox.drlPackage() + ";");
        }
        for (ImportDescr importDescr : descr.getImports()) {
            if (!importAllowed(importDescr.getTarget())) {
                add(importDescr.getLine(), "Chỉ được import các lớp dữ kiện (" + String.join(", ",
                        sandbox.factPackages()) + ".*), không được import " + importDescr.getTarget() + ".",
                        "Only the fact classes may be imported, not " + importDescr.getTarget() + ".");
            }
        }
        descr.getFunctionImports().forEach(f -> refuse(f, "import function"));
        descr.getAccumulateImports().forEach(a -> refuse(a, "import accumulate"));
        descr.getFunctions().forEach(f -> refuse(f, "function"));
        descr.getTypeDeclarations().forEach(t -> refuse(t, "declare"));
        descr.getEnumDeclarations().forEach(e -> refuse(e, "declare enum"));
        descr.getEntryPointDeclarations().forEach(e -> refuse(e, "entry-point"));
        descr.getWindowDeclarations().forEach(w -> refuse(w, "window"));
        descr.getGlobals().forEach(this::global);
        descr.getAttributes().forEach(attribute -> attribute(attribute, descr.getLine()));
    }

    private boolean importAllowed(String target) {
        if (target.endsWith(".*")) {
            return sandbox.factPackages().contains(target.substring(0, target.length() - 2));
        }
        return sandbox.visibleClasses().stream().anyMatch(type -> type.getName().equals(target)
                || type.getCanonicalName().equals(target));
    }

    private void global(GlobalDescr global) {
        Class<?> expected = sandbox.globals().get(global.getIdentifier());
        if (expected == null || !(expected.getName().equals(global.getType())
                || expected.getSimpleName().equals(global.getType()))) {
            add(global.getLine(), "Chỉ được khai báo các biến toàn cục: " + describeGlobals() + ".",
                    "Only these globals may be declared: " + describeGlobals() + ".");
        }
    }

    private String describeGlobals() {
        return String.join(", ", sandbox.globals().entrySet().stream()
                .map(e -> "global " + e.getValue().getName() + " " + e.getKey()).sorted().toList());
    }

    private void rule(RuleDescr rule, String drl) {
        if (rule.isQuery()) {
            refuse(rule, "query");
            return;
        }
        rule.getAttributes().values().forEach(attribute -> attribute(attribute, rule.getLine()));
        if (!rule.getAnnotations().isEmpty()) {
            refuse(rule, "@" + rule.getAnnotationNames().iterator().next());
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            refuse(rule, "then[...]");
        }
        Set<String> variables = new HashSet<>();
        RuleConditions conditions = new RuleConditions(sandbox, file, problems, variables);
        conditions.check(rule.getLhs());
        if (conditions.unkeyedPatterns() > sandbox.maxUnkeyedPatterns()) {
            add(rule.getLine(), "Quy tắc \"" + rule.getName() + "\" ghép quá nhiều dữ kiện cùng loại mà không nêu mã "
                    + "(tối đa " + sandbox.maxUnkeyedPatterns() + "): hãy nêu mã câu hỏi, chiều hoặc chứng nhận, ví dụ "
                    + "QuestionAnswer( question == \"LEAN-01\" ).", "Rule \"" + rule.getName()
                    + "\" combines too many facts of one kind without naming their code.");
        }
        Object consequence = rule.getConsequence();
        if (consequence != null) {
            new RuleConsequence(sandbox, file, problems, variables).check(consequence.toString(),
                    consequenceStart(drl, rule.getConsequenceLine()));
        }
    }

    private void attribute(AttributeDescr attribute, int fallbackLine) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        boolean ok = switch (name) {
            case "salience" -> value.matches("-?\\d{1,6}");
            case "enabled" -> value.equals("true") || value.equals("false");
            case "dialect" -> value.equals("java") || value.equals("\"java\"");
            default -> LITERAL_ATTRIBUTES.contains(name) && attribute.getType() != AttributeDescr.Type.EXPRESSION;
        };
        if (!ok) {
            add(attribute.getLine() > 0 ? attribute.getLine() : fallbackLine, "Thuộc tính \"" + name + " " + value
                    + "\" không được phép (salience phải là một số nguyên, dialect chỉ là \"java\").",
                    "The attribute \"" + name + "\" is not allowed with this value.");
        }
    }

    private void refuse(BaseDescr where, String construct) {
        add(where.getLine(), "Quy tắc không được dùng \"" + construct + "\".", "Rules may not use \"" + construct
                + "\".");
    }

    private void add(int line, String vi, String en) {
        problems.add(new RuleProblem(file, Math.max(line, 0), vi, en));
    }

    /**
     * The line where a consequence's code starts: Drools gives the line of {@code then} and the code without the
     * white space after it, which may reach onto the next lines.
     */
    static int consequenceStart(String drl, int thenLine) {
        int offset = 0;
        for (int line = 1; line < thenLine && offset >= 0; line++) {
            offset = drl.indexOf('\n', offset) + 1;
        }
        var then = THEN.matcher(drl);
        if (offset < 0 || !then.find(offset)) {
            return thenLine;
        }
        int code = then.end();
        while (code < drl.length() && Character.isWhitespace(drl.charAt(code))) {
            code++;
        }
        return lineOf(drl, code);
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Descriptors that combine conditions; anything else in a rule's conditions is a pattern or refused. */
    static boolean isJunction(BaseDescr descr) {
        return descr instanceof AndDescr || descr instanceof OrDescr || descr instanceof NotDescr
                || descr instanceof ExistsDescr;
    }

    static List<ExprConstraintDescr> constraints(PatternDescr pattern) {
        List<ExprConstraintDescr> found = new ArrayList<>();
        for (BaseDescr descr : pattern.getDescrs()) {
            if (descr instanceof ExprConstraintDescr constraint) {
                found.add(constraint);
            }
        }
        return found;
    }
}
