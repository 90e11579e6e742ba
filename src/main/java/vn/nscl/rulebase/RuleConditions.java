package vn.nscl.rulebase;

import java.util.List;
import java.util.Set;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;

/**
 * The "when" part of a rule: and/or/not/exists over patterns of the fact classes, each constraint checked by
 * {@link CodeCheck}. Accumulating with the built-in functions and collecting are allowed; {@code eval}, {@code from}
 * an expression, entry points, windows and inline accumulate code are not. It also counts the patterns that could
 * match many facts without naming their key, since each such pattern multiplies the work a rule does.
 */
final class RuleConditions {

    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
            "collectList", "collectSet");

    private final RuleSandbox sandbox;
    private final String file;
    private final List<RuleProblem> problems;
    private final Set<String> variables;
    private int unkeyedPatterns;

    RuleConditions(RuleSandbox sandbox, String file, List<RuleProblem> problems, Set<String> variables) {
        this.sandbox = sandbox;
        this.file = file;
        this.problems = problems;
        this.variables = variables;
    }

    void check(BaseDescr lhs) {
        walk(lhs, true);
    }

    int unkeyedPatterns() {
        return unkeyedPatterns;
    }

    private void walk(BaseDescr descr, boolean positive) {
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, positive);
        } else if (DrlSafetyCheck.isJunction(descr)) {
            boolean inner = positive && !(descr instanceof NotDescr) && !(descr instanceof ExistsDescr);
            for (Object child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                walk((BaseDescr) child, inner);
            }
        } else {
            refuse(descr, construct(descr));
        }
    }

    private void pattern(PatternDescr pattern, boolean positive) {
        if (!sandbox.isFact(pattern.getObjectType())) {
            add(pattern.getLine(), "Loại dữ kiện \"" + pattern.getObjectType() + "\" không có: chỉ dùng "
                    + String.join(", ", sandbox.facts().stream().map(Class::getSimpleName).toList())
                    + " (xem rules/README.md).", "Unknown fact type \"" + pattern.getObjectType() + "\".");
            return;
        }
        if (!pattern.getBehaviors().isEmpty()) {
            refuse(pattern, "window");
        }
        source(pattern.getSource());
        if (pattern.getIdentifier() != null) {
            variables.add(pattern.getIdentifier());
        }
        boolean keyed = false;
        for (ExprConstraintDescr constraint : DrlSafetyCheck.constraints(pattern)) {
            Expression expression = parse(constraint);
            if (expression != null) {
                keyed |= namesKey(expression, sandbox.keyedFacts().get(sandbox.fact(pattern.getObjectType())));
                CodeCheck check = new CodeCheck(sandbox, placed(constraint.getLine(), expression), variables);
                check.constraint(expression);
                variables.addAll(check.variables());
            }
        }
        if (positive && pattern.getSource() == null && !keyed
                && sandbox.keyedFacts().containsKey(sandbox.fact(pattern.getObjectType()))) {
            unkeyedPatterns++;
        }
    }

    private void source(PatternSourceDescr source) {
        if (source == null) {
            return;
        }
        if (source instanceof AccumulateDescr accumulate) {
            if (accumulate.getInitCode() != null || accumulate.getActionCode() != null
                    || accumulate.getResultCode() != null || accumulate.getReverseCode() != null
                    || accumulate.isExternalFunction()) {
                refuse(accumulate, "accumulate với mã init/action/result");
            }
            for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
                if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                    refuse(accumulate, function.getFunction() + "(...)");
                }
                for (String parameter : function.getParams()) {
                    Expression expression = parse(accumulate.getLine(), parameter);
                    if (expression != null) {
                        new CodeCheck(sandbox, placed(accumulate.getLine(), expression), variables)
                                .constraint(expression);
                    }
                }
                if (function.getBind() != null) {
                    variables.add(function.getBind());
                }
            }
            accumulate.getDescrs().forEach(input -> walk(input, false));
        } else if (source instanceof CollectDescr collect) {
            walk(collect.getInputPattern(), false);
        } else {
            refuse(source, construct(source));
        }
    }

    /** Whether a constraint singles out one fact: {@code key == "LEAN-01"} or {@code key in ("A", "B")}. */
    private static boolean namesKey(Expression expression, String key) {
        if (key == null) {
            return false;
        }
        Expression inner = expression instanceof DrlxExpression drlx ? drlx.getExpr() : expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        if (inner instanceof BinaryExpr binary) {
            if (binary.getOperator() == BinaryExpr.Operator.AND) {
                return namesKey(binary.getLeft(), key) || namesKey(binary.getRight(), key);
            }
            return binary.getOperator() == BinaryExpr.Operator.EQUALS
                    && (isKey(binary.getLeft(), key) && binary.getRight() instanceof StringLiteralExpr
                            || isKey(binary.getRight(), key) && binary.getLeft() instanceof StringLiteralExpr);
        }
        return inner instanceof PointFreeExpr pointFree && "in".equals(pointFree.getOperator().asString())
                && !pointFree.isNegated() && isKey(pointFree.getLeft(), key)
                && pointFree.getRight().stream().allMatch(StringLiteralExpr.class::isInstance);
    }

    private static boolean isKey(Expression expression, String key) {
        return expression instanceof NameExpr name && name.getNameAsString().equals(key);
    }

    private Expression parse(ExprConstraintDescr constraint) {
        return parse(constraint.getLine(), constraint.getExpression());
    }

    private Expression parse(int line, String text) {
        try {
            return DrlxParser.parseExpression(DrlxParser.buildDrlxParserWithArguments(List.of()), text);
        } catch (RuntimeException e) {
            add(line, "Không hiểu điều kiện \"" + abbreviate(text) + "\": kiểm tra tên, dấu ngoặc và dấu ngoặc kép.",
                    "Cannot understand the condition \"" + abbreviate(text) + "\".");
            return null;
        }
    }

    /** Places a problem found in an expression on the file's line: the expression starts on {@code baseLine}. */
    private CodeCheck.Problems placed(int baseLine, Expression root) {
        int rootLine = root.getBegin().map(position -> position.line).orElse(0);
        return (node, vi, en) -> add(baseLine + node.getBegin().map(position -> position.line - rootLine).orElse(0),
                vi, en);
    }

    private void refuse(BaseDescr where, String construct) {
        add(where.getLine(), "Quy tắc không được dùng \"" + construct + "\" trong điều kiện.",
                "Rules may not use \"" + construct + "\" in conditions.");
    }

    private void add(int line, String vi, String en) {
        problems.add(new RuleProblem(file, Math.max(line, 0), vi, en));
    }

    private static String construct(BaseDescr descr) {
        String name = descr.getClass().getSimpleName().replace("Descr", "");
        return switch (name) {
            case "Eval" -> "eval(...)";
            case "From" -> "from";
            case "EntryPoint" -> "entry-point";
            case "WindowReference" -> "window";
            case "Forall" -> "forall";
            case "ConditionalBranch" -> "if/do[...]";
            case "NamedConsequence" -> "do[...]";
            default -> name;
        };
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "…";
    }
}
