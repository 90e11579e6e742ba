package vn.nscl.rulebase;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What rules of one kind may use: their DRL package, the fact classes they match, the globals they write results
 * to and helper classes whose static methods they may call. Everything else is refused; this is an allow-list, so
 * a rule written in the browser can only read facts and call the advice API, never reach the server.
 *
 * @param drlPackage the package every file must declare, e.g. {@code rules.recommendation}
 * @param facts the classes a pattern may match (and whose public methods a rule may call)
 * @param globals the globals a file may declare, by name
 * @param helpers classes whose public static methods may be called (e.g. number formatting for reasons)
 * @param keyedFacts facts of which a session holds many, with the property that singles one out (e.g. a question
 *        answer by its question code); a rule may match at most two of them without naming the key, which bounds
 *        the combinations a rule can make
 */
public final class RuleSandbox {

    /** String and list methods a reason may use; none of them can grow a text without bound. */
    private static final Set<String> VALUE_METHODS = Set.of("length", "isEmpty", "isBlank", "contains", "startsWith",
            "endsWith", "equals", "equalsIgnoreCase", "toLowerCase", "toUpperCase", "strip", "trim", "substring",
            "size", "get", "compareTo", "intValue", "doubleValue", "longValue");

    /** Static methods of the JDK a rule may call, by class. */
    private static final Map<String, Set<String>> JDK_STATICS = Map.of(
            "Math", Set.of("round", "min", "max", "abs", "floor", "ceil"),
            "String", Set.of("valueOf"),
            "Integer", Set.of("valueOf", "toString"),
            "Double", Set.of("valueOf", "toString"));

    private final String drlPackage;
    private final List<Class<?>> facts;
    private final Map<String, Class<?>> globals;
    private final List<Class<?>> helpers;
    private final Map<Class<?>, String> keyedFacts;
    private final Set<Class<?>> visibleClasses;
    private final Set<String> instanceMethods;
    private final Set<String> properties;
    private final int maxUnkeyedPatterns;

    public RuleSandbox(String drlPackage, List<Class<?>> facts, Map<String, Class<?>> globals,
            List<Class<?>> helpers, Map<Class<?>, String> keyedFacts) {
        this(drlPackage, facts, globals, helpers, keyedFacts, 2);
    }

    /**
     * @param maxUnkeyedPatterns how many keyed facts one rule may match without naming the key: 2 where a session
     *        holds dozens of them (answers), 1 where it holds thousands (matching's candidates: two would pair them)
     */
    public RuleSandbox(String drlPackage, List<Class<?>> facts, Map<String, Class<?>> globals,
            List<Class<?>> helpers, Map<Class<?>, String> keyedFacts, int maxUnkeyedPatterns) {
        this.maxUnkeyedPatterns = maxUnkeyedPatterns;
        this.drlPackage = drlPackage;
        this.facts = List.copyOf(facts);
        this.globals = Map.copyOf(globals);
        this.helpers = List.copyOf(helpers);
        this.keyedFacts = Map.copyOf(keyedFacts);
        this.visibleClasses = findVisibleClasses();
        this.instanceMethods = findInstanceMethods();
        this.properties = findProperties();
    }

    public String drlPackage() {
        return drlPackage;
    }

    public List<Class<?>> facts() {
        return facts;
    }

    public Map<String, Class<?>> globals() {
        return globals;
    }

    int maxUnkeyedPatterns() {
        return maxUnkeyedPatterns;
    }

    Map<Class<?>, String> keyedFacts() {
        return keyedFacts;
    }

    Set<Class<?>> visibleClasses() {
        return visibleClasses;
    }

    Set<String> instanceMethods() {
        return instanceMethods;
    }

    Set<String> properties() {
        return properties;
    }

    /** The package every fact class and global type lives in, for {@code import x.y.*;}. */
    Set<String> factPackages() {
        Set<String> packages = new HashSet<>();
        Stream.concat(Stream.concat(facts.stream(), globals.values().stream()), helpers.stream())
                .forEach(type -> packages.add(type.getPackageName()));
        return packages;
    }

    /** Classes a rule may name: facts, globals' types, helpers and the public classes nested in them. */
    private Set<Class<?>> findVisibleClasses() {
        Set<Class<?>> classes = new HashSet<>();
        Stream.concat(Stream.concat(facts.stream(), globals.values().stream()), helpers.stream()).forEach(type -> {
            classes.add(type);
            Arrays.stream(type.getClasses()).filter(nested -> Modifier.isPublic(nested.getModifiers()))
                    .forEach(classes::add);
        });
        return Set.copyOf(classes);
    }

    /** Whether a rule may declare a variable of this type (a fact, the advice API or a class nested in them). */
    boolean isVisibleType(String typeName) {
        return visibleClasses.stream().anyMatch(type -> type.getSimpleName().equals(typeName)
                || type.getName().equals(typeName) || type.getCanonicalName().equals(typeName)
                || type.getCanonicalName().endsWith("." + typeName));
    }

    boolean isFact(String typeName) {
        return facts.stream().anyMatch(type -> type.getSimpleName().equals(typeName) || type.getName().equals(typeName));
    }

    Class<?> fact(String typeName) {
        return facts.stream().filter(type -> type.getSimpleName().equals(typeName) || type.getName().equals(typeName))
                .findFirst().orElse(null);
    }

    /** Instance methods a rule may call on anything: the visible classes' own public methods and value methods. */
    private Set<String> findInstanceMethods() {
        Set<String> names = new HashSet<>(VALUE_METHODS);
        for (Class<?> type : visibleClasses) {
            publicMethods(type, false).forEach(method -> names.add(method.getName()));
        }
        return Set.copyOf(names);
    }

    /** Property names a constraint may use: {@code employees} for {@code getEmployees()}, {@code farm} for isFarm. */
    private Set<String> findProperties() {
        Set<String> names = new HashSet<>();
        for (Class<?> type : visibleClasses) {
            publicMethods(type, false).filter(method -> method.getParameterCount() == 0).forEach(method -> {
                names.add(method.getName());
                String property = property(method.getName());
                if (property != null) {
                    names.add(property);
                }
            });
        }
        return Set.copyOf(names);
    }

    /** Whether {@code type.method(...)} is a static call a rule may make. */
    boolean staticCallAllowed(String typeName, String method) {
        if (JDK_STATICS.getOrDefault(typeName, Set.of()).contains(method)) {
            return true;
        }
        return helpers.stream().filter(type -> type.getSimpleName().equals(typeName))
                .flatMap(type -> publicMethods(type, true)).anyMatch(m -> m.getName().equals(method));
    }

    boolean isStaticScope(String name) {
        return JDK_STATICS.containsKey(name) || helpers.stream().anyMatch(type -> type.getSimpleName().equals(name));
    }

    private static Stream<Method> publicMethods(Class<?> type, boolean statics) {
        return Arrays.stream(type.getDeclaredMethods()).filter(method -> Modifier.isPublic(method.getModifiers())
                && Modifier.isStatic(method.getModifiers()) == statics && !method.isSynthetic());
    }

    private static String property(String methodName) {
        String rest = methodName.startsWith("get") ? methodName.substring(3)
                : methodName.startsWith("is") ? methodName.substring(2) : null;
        if (rest == null || rest.isEmpty()) {
            return null;
        }
        return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
    }
}
