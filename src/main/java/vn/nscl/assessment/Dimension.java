package vn.nscl.assessment;

import java.util.List;

import vn.nscl.shared.LocalizedText;

/** A dimension of the assessment (LEAD, QMS, LEAN…) and its questions. */
public record Dimension(String code, LocalizedText name, LocalizedText description, List<Applicability> appliesTo,
        List<Question> questions) {

    public boolean appliesTo(Respondent respondent) {
        if (appliesTo == null || appliesTo.isEmpty()) {
            return true;
        }
        return appliesTo.stream().anyMatch(condition -> switch (condition) {
            case AGRICULTURE -> "A".equals(respondent.sectorCode());
            case FOOD_PRODUCER -> respondent.foodProducer();
        });
    }

    Dimension withQuestions(List<Question> kept) {
        return new Dimension(code, name, description, appliesTo, kept);
    }
}
