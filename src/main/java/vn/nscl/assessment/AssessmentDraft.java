package vn.nscl.assessment;

import java.util.Map;

/**
 * A draft as the wizard needs it: the questions this enterprise is asked (by dimension), the answers saved so far
 * with their versions, and the step to resume at.
 */
public record AssessmentDraft(AssessmentSummary summary, Questionnaire questionnaire,
        java.util.List<Dimension> asked, Map<String, StoredAnswer> answers, int currentStep) {

    public int questionCount() {
        return asked.stream().mapToInt(d -> d.questions().size()).sum();
    }
}
