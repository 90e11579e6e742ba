package vn.nscl.rulebase;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr;
import org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.Type;

/**
 * Walks a rule's conditions and consequence node by node and lets through only what rules are for: literals,
 * arithmetic and comparisons, the rule's own variables, reading facts, calling the advice API and a few formatting
 * helpers. Anything else (creating objects, static calls outside the allow-list, names of other classes, loops,
 * lambdas, assignments to anything but a local variable) is reported with its line.
 */
final class CodeCheck {

    /** Drools' own operators that only compare values. */
    private static final Set<String> POINT_FREE_OPERATORS = Set.of("in", "contains", "memberOf", "matches",
            "soundslike", "str", "excludes");
    private static final Set<String> LOCAL_TYPES = Set.of("String", "int", "long", "double", "boolean", "var");
    private static final String KNOWLEDGE_HELPER = "drools";

    private final RuleSandbox sandbox;
    private final Set<String> instanceMethods;
    private final Set<String> properties;
    private final Problems problems;
    private final Set<String> variables;
    private final Set<String> locals = new HashSet<>();

    CodeCheck(RuleSandbox sandbox, Problems problems, Set<String> variables) {
        this.sandbox = sandbox;
        this.instanceMethods = sandbox.instanceMethods();
        this.properties = sandbox.properties();
        this.problems = problems;
        this.variables = new HashSet<>(variables);
        this.variables.addAll(sandbox.globals().keySet());
    }

    /** Problems found, each placed on its line of the file. */
    interface Problems {
        void add(Node where, String vi, String en);
    }

    void constraint(Expression expression) {
        expression(expression, true);
    }

    void consequence(BlockStmt block) {
        block.getStatements().forEach(this::statement);
    }

    /** Names bound so far in the rule (a pattern's {@code $e}, a constraint's {@code $n : name}). */
    Set<String> variables() {
        return variables;
    }

    private void statement(Statement statement) {
        if (statement instanceof ExpressionStmt expressionStatement) {
            expression(expressionStatement.getExpression(), false);
        } else if (statement instanceof IfStmt ifStatement) {
            expression(ifStatement.getCondition(), false);
            statement(ifStatement.getThenStmt());
            ifStatement.getElseStmt().ifPresent(this::statement);
        } else if (statement instanceof BlockStmt block) {
            block.getStatements().forEach(this::statement);
        } else if (!(statement instanceof EmptyStmt)) {
            refuse(statement, "câu lệnh " + kind(statement), "the statement " + kind(statement));
        }
    }

    private void expression(Expression expression, boolean condition) {
        switch (expression) {
            case StringLiteralExpr s -> { }
            case IntegerLiteralExpr i -> { }
            case LongLiteralExpr l -> { }
            case DoubleLiteralExpr d -> { }
            case BooleanLiteralExpr b -> { }
            case CharLiteralExpr c -> { }
            case NullLiteralExpr n -> { }
            case BigDecimalLiteralExpr b -> { }
            case BigIntegerLiteralExpr b -> { }
            case ThisExpr t when condition && t.getTypeName().isEmpty() -> { }
            case NameExpr name -> name(name, condition);
            case FieldAccessExpr field -> {
                expression(field.getScope(), condition);
                property(field, field.getNameAsString());
            }
            case MethodCallExpr call -> call(call, condition);
            case BinaryExpr binary -> {
                expression(binary.getLeft(), condition);
                expression(binary.getRight(), condition);
            }
            case UnaryExpr unary -> unary(unary, condition);
            case EnclosedExpr enclosed -> expression(enclosed.getInner(), condition);
            case ConditionalExpr ternary -> {
                expression(ternary.getCondition(), condition);
                expression(ternary.getThenExpr(), condition);
                expression(ternary.getElseExpr(), condition);
            }
            case CastExpr cast -> {
                if (!cast.getType().isPrimitiveType()) {
                    refuse(cast, "phép ép kiểu sang " + cast.getType(), "a cast to " + cast.getType());
                }
                expression(cast.getExpression(), condition);
            }
            case VariableDeclarationExpr declaration when !condition -> declaration(declaration);
            case AssignExpr assign when !condition -> assign(assign);
            case DrlxExpression drlx when condition -> {
                if (drlx.getBind() != null) {
                    variables.add(drlx.getBind().asString());
                }
                expression(drlx.getExpr(), true);
            }
            case PointFreeExpr pointFree when condition -> {
                operator(pointFree, pointFree.getOperator().asString());
                expression(pointFree.getLeft(), true);
                pointFree.getRight().forEach(right -> expression(right, true));
            }
            case HalfPointFreeExpr half when condition -> {
                operator(half, half.getOperator().asString());
                half.getRight().forEach(right -> expression(right, true));
            }
            case HalfBinaryExpr half when condition -> expression(half.getRight(), true);
            default -> refuse(expression, kind(expression), kind(expression));
        }
    }

    private void name(NameExpr name, boolean condition) {
        String identifier = name.getNameAsString();
        if (variables.contains(identifier) || (condition && properties.contains(identifier))) {
            return;
        }
        if (KNOWLEDGE_HELPER.equals(identifier) && isArgument(name)) {
            return; // the rule context, handed to the advice API so that it can name the rule
        }
        refuse(name, "tên \"" + identifier + "\"", "the name \"" + identifier + "\"");
    }

    private void property(Node where, String property) {
        if (!properties.contains(property)) {
            refuse(where, "thuộc tính \"" + property + "\"", "the property \"" + property + "\"");
        }
    }

    private void call(MethodCallExpr call, boolean condition) {
        String method = call.getNameAsString();
        if (call.getTypeArguments().isPresent()) {
            refuse(call, "tham số kiểu", "type arguments");
        }
        Expression scope = call.getScope().orElse(null);
        if (scope == null) {
            // In a pattern's constraint the call is on the matched fact itself (Candidate( serves(...) )): as safe as
            // with a named scope. Anywhere else it would be a function of the rule file, which rules may not define.
            if (!condition || !instanceMethods.contains(method)) {
                refuse(call, "hàm \"" + method + "\"", "the function \"" + method + "\"");
            }
        } else if (scope instanceof NameExpr name && !variables.contains(name.getNameAsString())
                && sandbox.isStaticScope(name.getNameAsString())) {
            if (!sandbox.staticCallAllowed(name.getNameAsString(), method)) {
                refuse(call, "hàm \"" + name + "." + method + "\"", "the function \"" + name + "." + method + "\"");
            }
        } else {
            expression(scope, condition);
            if (!instanceMethods.contains(method)) {
                refuse(call, "phương thức \"" + method + "\"", "the method \"" + method + "\"");
            }
        }
        call.getArguments().forEach(argument -> expression(argument, condition));
    }

    private void unary(UnaryExpr unary, boolean condition) {
        UnaryExpr.Operator operator = unary.getOperator();
        boolean changes = operator == UnaryExpr.Operator.PREFIX_INCREMENT
                || operator == UnaryExpr.Operator.PREFIX_DECREMENT || operator == UnaryExpr.Operator.POSTFIX_INCREMENT
                || operator == UnaryExpr.Operator.POSTFIX_DECREMENT;
        if (changes && (condition || !(unary.getExpression() instanceof NameExpr local && isLocal(local)))) {
            refuse(unary, "phép tăng/giảm", "increment/decrement");
        }
        expression(unary.getExpression(), condition);
    }

    private void declaration(VariableDeclarationExpr declaration) {
        declaration.getVariables().forEach(variable -> {
            Type type = variable.getType();
            if (!LOCAL_TYPES.contains(type.asString()) && !sandbox.isVisibleType(type.asString())) {
                refuse(variable, "biến kiểu " + type, "a variable of type " + type);
            }
            variable.getInitializer().ifPresent(value -> expression(value, false));
            locals.add(variable.getNameAsString());
            variables.add(variable.getNameAsString());
        });
    }

    private void assign(AssignExpr assign) {
        if (!(assign.getTarget() instanceof NameExpr target) || !isLocal(target)) {
            refuse(assign, "phép gán cho \"" + assign.getTarget() + "\"", "an assignment to \"" + assign.getTarget()
                    + "\"");
        }
        expression(assign.getValue(), false);
    }

    private boolean isLocal(NameExpr name) {
        return locals.contains(name.getNameAsString());
    }

    private void operator(Node where, String operator) {
        if (!POINT_FREE_OPERATORS.contains(operator)) {
            refuse(where, "toán tử \"" + operator + "\"", "the operator \"" + operator + "\"");
        }
    }

    private static boolean isArgument(NameExpr name) {
        return name.getParentNode().filter(parent -> parent instanceof MethodCallExpr call
                && call.getArguments().contains(name)).isPresent();
    }

    private void refuse(Node where, String vi, String en) {
        problems.add(where, "Quy tắc không được dùng " + vi + ".", "Rules may not use " + en + ".");
    }

    static String kind(Node node) {
        String name = node.getClass().getSimpleName();
        List<String> known = List.of("ObjectCreationExpr:new", "LambdaExpr:lambda (->)", "MethodReferenceExpr:::",
                "ClassExpr:.class", "ArrayCreationExpr:new[]", "ArrayAccessExpr:[]", "InstanceOfExpr:instanceof",
                "WhileStmt:while", "ForStmt:for", "ForEachStmt:for", "DoStmt:do/while", "TryStmt:try",
                "ThrowStmt:throw", "SynchronizedStmt:synchronized", "SwitchStmt:switch", "SwitchExpr:switch",
                "ReturnStmt:return", "LocalClassDeclarationStmt:class", "TextBlockLiteralExpr:\"\"\"",
                "InlineCastExpr:#", "ModifyStatement:modify", "WithStatement:with", "OOPathExpr:/");
        return known.stream().filter(entry -> entry.startsWith(name + ":")).map(entry -> "\""
                + entry.substring(entry.indexOf(':') + 1) + "\"").findFirst().orElse(name);
    }
}
