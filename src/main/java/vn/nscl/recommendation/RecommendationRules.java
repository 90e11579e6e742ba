package vn.nscl.recommendation;

import java.util.List;

import org.kie.api.KieBase;
import org.springframework.stereotype.Component;

import vn.nscl.rulebase.RuleBuild;
import vn.nscl.rulebase.RuleFiles;
import vn.nscl.rulebase.RuleKind;

/** The recommendation rules as one kind of versioned rules: DRL files and decision tables in {@code rules/recommendation/}. */
@Component
class RecommendationRules implements RuleKind<KieBase> {

    @Override
    public String code() {
        return RuleEngine.KIND;
    }

    @Override
    public String auditTarget() {
        return "rule-set";
    }

    @Override
    public List<String> fileEndings() {
        return List.of(".drl", ".drl.xlsx");
    }

    @Override
    public RuleBuild<KieBase> build(RuleFiles files) {
        RuleSetBuilder.Outcome built = RuleSetBuilder.build(files);
        return new RuleBuild<>(built.kieBase(), built.ruleCount(), built.problems(), built.millis());
    }
}
