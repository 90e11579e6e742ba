package vn.nscl.rulebase;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;

/**
 * Builds a Drools knowledge base from rule files of one kind. Every file is first read as DRL (a workbook is turned
 * into the DRL it stands for) and checked against the kind's {@link RuleSandbox}; only when nothing is refused does
 * Drools compile it, so a rule that could run code on the server is never compiled, let alone run. Any problem comes
 * back with its file and line; a rule set with problems is never used.
 */
public final class RuleBaseBuilder {

    private static final String ROOT = "src/main/resources/rules/";
    private static final String WORKBOOK = ".drl.xlsx";

    /**
     * A built base with how many rules it has and the DRL it was built from (a workbook's as generated), or the
     * problems that prevented it.
     */
    public record Built(KieBase kieBase, int ruleCount, List<RuleProblem> problems, long millis,
            Map<String, String> sources, KieContainer container) {

        Built(KieBase kieBase, int ruleCount, List<RuleProblem> problems, long millis) {
            this(kieBase, ruleCount, problems, millis, Map.of(), null);
        }

        /**
         * Another base of the same compiled rules without the named ones (milliseconds: nothing is compiled again),
         * for a caller that runs a part of its rules far more often than the rest.
         */
        public KieBase without(java.util.Collection<String> ruleNames) {
            KieBase copy = container.newKieBase(KieServices.Factory.get().newKieBaseConfiguration());
            for (KiePackage kiePackage : copy.getKiePackages()) {
                kiePackage.getRules().stream().map(org.kie.api.definition.rule.Rule::getName)
                        .filter(ruleNames::contains).toList()
                        .forEach(name -> copy.removeRule(kiePackage.getName(), name));
            }
            return copy;
        }

        public boolean ok() {
            return kieBase != null;
        }
    }

    private RuleBaseBuilder() {
    }

    public static boolean isRuleFile(String path) {
        return path.endsWith(".drl") || path.endsWith(WORKBOOK);
    }

    /** {@code files}: path under {@code rules/} (e.g. {@code recommendation/lean.drl}) to content. */
    public static Built build(Map<String, byte[]> files, RuleSandbox sandbox) {
        long started = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, String> drl = readAndCheck(files, sandbox, problems);
        if (drl.isEmpty() && problems.isEmpty()) {
            problems.add(new RuleProblem("rules/", 0, "Không có tệp quy tắc nào (.drl, .xlsx).", "There is no rule file."));
        }
        if (!problems.isEmpty()) {
            return new Built(null, 0, List.copyOf(problems), elapsed(started));
        }
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        ReleaseId release = services.newReleaseId("vn.nscl", "rules-" + UUID.randomUUID(), "1.0.0");
        fileSystem.generateAndWritePomXML(release);
        drl.forEach((path, text) -> fileSystem.write(ROOT + compiledName(path), text));
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll(DrlProject.class);
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(problem(message));
        }
        withoutEchoes(problems);
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(release);
            return new Built(null, 0, List.copyOf(problems), elapsed(started));
        }
        KieContainer container = services.newKieContainer(release);
        KieBase base = container.getKieBase();
        services.getRepository().removeKieModule(release);
        List<String> undeclared = sandbox.globals().keySet().stream().filter(name -> base.getKiePackages().stream()
                .flatMap(p -> p.getGlobalVariables().stream()).noneMatch(g -> g.getName().equals(name))).toList();
        if (!undeclared.isEmpty()) {
            return new Built(null, 0, List.of(new RuleProblem("rules/", 0, "Các tệp quy tắc cần khai báo: "
                    + describe(sandbox, undeclared), "Rule files must declare: " + describe(sandbox, undeclared))),
                    elapsed(started));
        }
        int rules = base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        return new Built(base, rules, List.of(), elapsed(started), Map.copyOf(drl), container);
    }

    public static List<String> ruleNames(KieBase base) {
        List<String> names = new ArrayList<>();
        for (KiePackage kiePackage : base.getKiePackages()) {
            kiePackage.getRules().forEach(rule -> names.add(rule.getName()));
        }
        return names;
    }

    private static Map<String, String> readAndCheck(Map<String, byte[]> files, RuleSandbox sandbox,
            List<RuleProblem> problems) {
        Map<String, String> drl = new LinkedHashMap<>();
        files.forEach((path, content) -> {
            if (!isRuleFile(path)) {
                return;
            }
            String shown = "rules/" + path;
            String text;
            if (path.endsWith(WORKBOOK)) {
                DecisionTables.Converted converted = DecisionTables.toDrl(content);
                if (!converted.ok()) {
                    problems.add(new RuleProblem(shown, 0, 0, converted.problemVi(), converted.problemEn(),
                            converted.technical()));
                    return;
                }
                text = converted.drl();
            } else {
                text = utf8(content);
                if (text == null) {
                    problems.add(new RuleProblem(shown, 0, "Tệp quy tắc phải là văn bản UTF-8 (lưu lại bằng "
                            + "Notepad, chọn UTF-8).", "A rule file must be UTF-8 text."));
                    return;
                }
            }
            List<RuleProblem> refused = DrlSafetyCheck.check(shown, text, sandbox);
            problems.addAll(path.endsWith(WORKBOOK) ? withoutLines(refused) : refused);
            drl.put(path, text);
        });
        return drl;
    }

    /** A workbook's generated DRL has lines nobody sees; its rules are named after their rows instead. */
    private static List<RuleProblem> withoutLines(List<RuleProblem> problems) {
        return problems.stream().map(RuleProblem::withoutLine).toList();
    }

    private static String compiledName(String path) {
        return path.endsWith(WORKBOOK) ? path + ".drl" : path;
    }

    private static String describe(RuleSandbox sandbox, List<String> globals) {
        return String.join(", ", globals.stream().map(name -> "global " + sandbox.globals().get(name).getName() + " "
                + name + ";").toList());
    }

    /**
     * Drools follows a syntax error with "Parser returned a null Package" for the same file: it says nothing the
     * editor can act on, so it is dropped when the file has a located problem.
     */
    private static void withoutEchoes(List<RuleProblem> problems) {
        problems.removeIf(echo -> echo.technical().contains("Parser returned a null Package")
                && problems.stream().anyMatch(p -> p != echo && p.file().equals(echo.file()) && p.line() > 0));
    }

    private static RuleProblem problem(Message message) {
        String path = message.getPath() == null ? "" : message.getPath().replace(ROOT, "");
        if (path.endsWith(WORKBOOK + ".drl")) {
            path = path.substring(0, path.length() - ".drl".length());
        }
        RuleErrorHints.Explained said = RuleErrorHints.explain(message.getText());
        return new RuleProblem(path.isEmpty() ? "rules/" : "rules/" + path, message.getLine(), message.getColumn(),
                said.vi(), said.en(), said.technical());
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
