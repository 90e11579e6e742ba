package vn.nscl.assessment;

import java.time.Instant;
import java.util.Map;

import vn.nscl.shared.LocalizedText;

/**
 * A draft as the wizard needs it: the questions this enterprise is asked (by dimension), the answers saved so far
 * with their versions, the step to resume at, and the earlier assessment some answers were filled in from (null if
 * none is still marked as carried over).
 */
public record AssessmentDraft(AssessmentSummary summary, Questionnaire questionnaire,
        java.util.List<Dimension> asked, Map<String, StoredAnswer> answers, int currentStep, CarriedFrom carriedFrom) {

    /** The submitted assessment whose answers were carried into this draft. */
    public record CarriedFrom(long assessmentId, LocalizedText title, Instant submittedAt) {
    }

    public int questionCount() {
        return asked.stream().mapToInt(d -> d.questions().size()).sum();
    }

    /** How many answers are still as carried over, not yet confirmed or changed. */
    public long carriedOverCount() {
        return answers.values().stream().filter(StoredAnswer::carriedOver).count();
    }
}
