package vn.nscl.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;

import org.springframework.stereotype.Component;

import vn.nscl.assessment.Tier;
import vn.nscl.assessment.TrialAssessments;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.ProfileSketch;
import vn.nscl.rulebase.ShippedRules;
import vn.nscl.shared.StartUpWork;

/**
 * The expert test cases: those shipped in {@code rules/cases/} (read once at start-up; a broken file stops the start
 * with its name and line) and those officers saved from real assessments. The shipped files are read on a thread of
 * their own while the rest of the application starts (about a second of a cold start's main thread otherwise).
 */
@Component
class AdviceCases {

    static final String FOLDER = "cases";

    private final CompletableFuture<List<AdviceCase>> shipped;
    private final SavedAdviceCaseRepository saved;
    private final AdviceCaseFile.QuickQuestions quick;

    AdviceCases(RuleProperties properties, TrialAssessments trials, EnterpriseProfileService profiles,
            SavedAdviceCaseRepository saved) {
        this.saved = saved;
        this.quick = (sketch, fullAnswers) -> quickAnswers(trials, profiles, sketch, fullAnswers);
        this.shipped = StartUpWork.onOwnThread("advice-cases-start", () -> readShipped(properties.directory()));
    }

    private List<AdviceCase> readShipped(String directory) {
        List<AdviceCase> read = new ArrayList<>();
        ShippedRules.read(directory, FOLDER, path -> path.endsWith(".yaml")).files()
                .forEach((path, content) -> read.add(AdviceCaseFile.read("rules/" + path, content, quick)));
        return List.copyOf(read);
    }

    /** The end of the context's refresh waits for the shipped cases, so a broken file still stops the start. */
    @EventListener(ContextRefreshedEvent.class)
    void awaitStart() {
        shipped();
    }

    List<AdviceCase> shipped() {
        return StartUpWork.await(shipped);
    }

    /** Every case: the shipped ones, then the saved ones, newest first. */
    List<AdviceCase> all() {
        List<AdviceCase> all = new ArrayList<>(shipped());
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
