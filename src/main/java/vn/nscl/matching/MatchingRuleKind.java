package vn.nscl.matching;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.CatalogueItem;
import vn.nscl.matching.facts.Candidate;
import vn.nscl.matching.facts.Ranking;
import vn.nscl.matching.facts.Request;
import vn.nscl.matching.facts.Settings;
import vn.nscl.rulebase.RuleBaseBuilder;
import vn.nscl.rulebase.RuleBuild;
import vn.nscl.rulebase.RuleFiles;
import vn.nscl.rulebase.RuleKind;
import vn.nscl.rulebase.RuleProblem;
import vn.nscl.rulebase.RuleSandbox;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The matching rules as one kind of versioned rules: the constraint and score rules ({@code .drl}, or decision
 * tables) in {@code rules/matching/} and the plain numbers in {@code matching/matching.yaml}; a version builds only
 * when both are sound.
 */
@Component
class MatchingRuleKind implements RuleKind<MatchingRules> {

    static final String KIND = "matching";

    /**
     * What a matching rule may use. A rule may match one candidate without naming it: a session holds every expert
     * with the competence, and a rule pairing two of them would compare thousands with thousands.
     */
    static final RuleSandbox SANDBOX = new RuleSandbox("rules.matching",
            List.of(Request.class, Candidate.class), Map.of("ranking", Ranking.class, "settings", Settings.class),
            List.of(), Map.of(Candidate.class, "id"), 1);

    private final Set<String> catalogueCodes;
    private final I18NProvider texts;

    MatchingRuleKind(Catalogue catalogue, I18NProvider texts) {
        this.catalogueCodes = catalogue.items().stream().map(CatalogueItem::code).collect(Collectors.toSet());
        this.texts = texts;
    }

    @Override
    public String code() {
        return KIND;
    }

    @Override
    public String auditTarget() {
        return "matching-rules";
    }

    @Override
    public List<String> fileEndings() {
        return List.of(".drl", ".drl.xlsx", ".yaml");
    }

    @Override
    public RuleBuild<MatchingRules> build(RuleFiles files) {
        long started = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        byte[] yaml = files.files().get(PolicyFile.PATH);
        MatchingPolicy policy = null;
        if (yaml == null) {
            problems.add(new RuleProblem("rules/" + PolicyFile.PATH, 0, "Thiếu tệp số liệu " + PolicyFile.PATH + ".",
                    "The settings file " + PolicyFile.PATH + " is missing."));
        } else {
            PolicyFile.Outcome read = PolicyFile.read(new String(yaml, StandardCharsets.UTF_8), catalogueCodes);
            read.problems().forEach(p -> problems.add(new RuleProblem("rules/" + PolicyFile.PATH, p.line(), 0,
                    text(p, TranslationProvider.VIETNAMESE), text(p, TranslationProvider.ENGLISH), p.technical())));
            policy = read.policy();
        }
        RuleBaseBuilder.Built built = RuleBaseBuilder.build(files.files(), SANDBOX);
        problems.addAll(built.problems());
        if (built.ok()) {
            problems.addAll(ScoreComponentNames.problems(built.sources()));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (!problems.isEmpty()) {
            return RuleBuild.failed(problems, millis);
        }
        return new RuleBuild<>(new MatchingRules(policy, built), built.ruleCount(), List.of(), millis);
    }

    private String text(PolicyProblem problem, Locale locale) {
        return texts.getTranslation(problem.messageKey(), locale, problem.detail());
    }
}
