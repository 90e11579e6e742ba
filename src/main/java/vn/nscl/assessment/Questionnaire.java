package vn.nscl.assessment;

import java.util.List;
import java.util.Optional;

import vn.nscl.shared.LocalizedText;

/**
 * A published questionnaire version: the quick check or the full assessment, resolved from the question bank.
 * {@code versionId} identifies the stored copy an assessment is pinned to.
 */
public record Questionnaire(long versionId, String code, int version, LocalizedText title, LocalizedText description,
        List<LocalizedText> levels, List<Dimension> dimensions) {

    /** The dimensions and questions this respondent is asked; dimensions left without questions are dropped. */
    public List<Dimension> askedOf(Respondent respondent) {
        return dimensions.stream()
                .filter(dimension -> dimension.appliesTo(respondent))
                .map(dimension -> dimension.withQuestions(dimension.questions().stream()
                        .filter(q -> !respondent.household() || q.askedOfHouseholds()).toList()))
                .filter(dimension -> !dimension.questions().isEmpty())
                .toList();
    }

    /** The codes of the questions this respondent is asked. */
    java.util.Set<String> askedCodes(Respondent respondent) {
        return askedOf(respondent).stream().flatMap(d -> d.questions().stream()).map(Question::code)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** A question of this version by its code. */
    public Optional<Question> question(String code) {
        return dimensions.stream().flatMap(d -> d.questions().stream()).filter(q -> q.code().equals(code))
                .findFirst();
    }

    public Optional<Dimension> dimension(String code) {
        return dimensions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The dimension's name in the reader's language, or its code if this version does not have it. */
    public String dimensionName(String code, java.util.Locale locale) {
        return dimension(code).map(d -> d.name().in(locale)).orElse(code);
    }

    Questionnaire withVersionId(long id) {
        return new Questionnaire(id, code, version, title, description, levels, dimensions);
    }

    public int questionCount() {
        return dimensions.stream().mapToInt(d -> d.questions().size()).sum();
    }
}
