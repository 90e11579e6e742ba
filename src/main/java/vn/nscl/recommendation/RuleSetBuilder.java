package vn.nscl.recommendation;

import java.util.ArrayList;
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
 * Builds a Drools knowledge base from rule files. Any error is returned with its file and line; a rule set with
 * errors is never used. Building takes a second or two, so a built base is kept and shared by all evaluations.
 */
final class RuleSetBuilder {

    private static final String ROOT = "src/main/resources/rules/";

    /** A built base with how many rules it has, or the problems that prevented it. */
    record Outcome(KieBase kieBase, int ruleCount, List<RuleProblem> problems, long millis) {

        boolean ok() {
            return kieBase != null;
        }
    }

    private RuleSetBuilder() {
    }

    static Outcome build(RuleFiles files) {
        long started = System.nanoTime();
        KieServices services = KieServices.Factory.get();
        KieFileSystem fileSystem = services.newKieFileSystem();
        ReleaseId release = services.newReleaseId("vn.nscl", "rules-" + UUID.randomUUID(), "1.0.0");
        fileSystem.generateAndWritePomXML(release);
        for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
            if (RuleFiles.isRuleFile(file.getKey())) {
                fileSystem.write(ROOT + file.getKey(), file.getValue());
            }
        }
        KieBuilder builder = services.newKieBuilder(fileSystem).buildAll(DrlProject.class);
        List<RuleProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(problem(message));
        }
        withoutEchoes(problems);
        if (files.files().keySet().stream().noneMatch(RuleFiles::isRuleFile)) {
            problems.add(new RuleProblem("rules/", 0, 0, "Không có tệp quy tắc nào (.drl, .xlsx) / no rule file"));
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(release);
            return new Outcome(null, 0, problems, elapsed(started));
        }
        KieContainer container = services.newKieContainer(release);
        KieBase base = container.getKieBase();
        services.getRepository().removeKieModule(release);
        if (!declaresAdvice(base)) {
            return new Outcome(null, 0, List.of(new RuleProblem("rules/", 0, 0,
                    "Mỗi tệp quy tắc cần dòng: global vn.nscl.recommendation.facts.Advice advice; "
                            + "/ Rule files must declare: global vn.nscl.recommendation.facts.Advice advice;")),
                    elapsed(started));
        }
        int rules = base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        return new Outcome(base, rules, List.of(), elapsed(started));
    }

    static List<String> ruleNames(KieBase base) {
        List<String> names = new ArrayList<>();
        for (KiePackage kiePackage : base.getKiePackages()) {
            kiePackage.getRules().forEach(rule -> names.add(rule.getName()));
        }
        return names;
    }

    private static boolean declaresAdvice(KieBase base) {
        return base.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(global -> "advice".equals(global.getName()));
    }

    /**
     * Drools follows a syntax error with "Parser returned a null Package" for the same file: it says nothing the
     * editor can act on, so it is dropped when the file has a located problem.
     */
    private static void withoutEchoes(List<RuleProblem> problems) {
        problems.removeIf(echo -> echo.message().contains("Parser returned a null Package")
                && problems.stream().anyMatch(p -> p != echo && p.file().equals(echo.file()) && p.line() > 0));
    }

    private static RuleProblem problem(Message message) {
        String path = message.getPath() == null ? "" : message.getPath().replace(ROOT, "");
        return new RuleProblem(path.isEmpty() ? "rules/" : path, message.getLine(), message.getColumn(),
                RuleErrorHints.explain(message.getText()));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
