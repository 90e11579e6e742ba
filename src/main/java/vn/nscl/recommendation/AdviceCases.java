package vn.nscl.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.nscl.assessment.Tier;
import vn.nscl.assessment.TrialAssessments;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.ProfileSketch;
import vn.nscl.rulebase.ShippedRules;

/**
 * The expert test cases: those shipped in {@code rules/cases/} (read once at start-up; a broken file stops the start
 * with its name and line) and those officers saved from real assessments.
 */
@Component
class AdviceCases {

    static final String FOLDER = "cases";

    private final List<AdviceCase> shipped;
    private final SavedAdviceCaseRepository saved;
    private final AdviceCaseFile.QuickQuestions quick;

    AdviceCases(RuleProperties properties, TrialAssessments trials, EnterpriseProfileService profiles,
            SavedAdviceCaseRepository saved) {
        this.saved = saved;
        this.quick = (sketch, fullAnswers) -> quickAnswers(trials, profiles, sketch, fullAnswers);
        List<AdviceCase> read = new ArrayList<>();
        ShippedRules.read(properties.directory(), FOLDER, path -> path.endsWith(".yaml")).files()
                .forEach((path, content) -> read.add(AdviceCaseFile.read("rules/" + path, content, quick)));
        this.shipped = List.copyOf(read);
    }

    List<AdviceCase> shipped() {
        return shipped;
    }

    /** Every case: the shipped ones, then the saved ones, newest first. */
    List<AdviceCase> all() {
        List<AdviceCase> all = new ArrayList<>(shipped);
        saved.findAllByOrderBySavedAtDesc().forEach(c -> all.add(read(c)));
        return all;
    }

    AdviceCase read(SavedAdviceCase savedCase) {
        return AdviceCaseFile.read(savedCase.source(), savedCase.getContent().getBytes(
                java.nio.charset.StandardCharsets.UTF_8), quick);
    }

    private static Map<String, Integer> quickAnswers(TrialAssessments trials, EnterpriseProfileService profiles,
            ProfileSketch sketch, Map<String, Integer> fullAnswers) {
        var asked = trials.askedCodes(Tier.QUICK, profiles.sketched(sketch));
        Map<String, Integer> quick = new LinkedHashMap<>();
        fullAnswers.forEach((code, level) -> {
            if (asked.contains(code)) {
                quick.put(code, level);
            }
        });
        return quick;
    }
}
