package vn.nscl.recommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.nscl.assessment.IndicatorSnapshot;
import vn.nscl.assessment.Question;
import vn.nscl.assessment.Questionnaires;
import vn.nscl.assessment.SubmittedAssessment;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.ProductivityIndicators;
import vn.nscl.enterprise.ProfileDetails;
import vn.nscl.enterprise.YearFigures;
import vn.nscl.recommendation.facts.Assessment;
import vn.nscl.recommendation.facts.Certificate;
import vn.nscl.recommendation.facts.DimensionScore;
import vn.nscl.recommendation.facts.Enterprise;
import vn.nscl.recommendation.facts.Indicators;
import vn.nscl.recommendation.facts.QuestionAnswer;
import vn.nscl.shared.LocalizedText;

/**
 * Turns a submitted assessment and the enterprise's profile into the facts the rules reason about. What the
 * enterprise did not give stays unknown (null), never zero; {@link #missing} lists what it could add.
 */
@Component
class FactsAssembler {

    private final Questionnaires questionnaires;
    /** Each published questionnaire's questions by code: versions never change once published. */
    private final java.util.Map<Long, java.util.Map<String, Question>> questionsByVersion =
            new java.util.concurrent.ConcurrentHashMap<>();

    FactsAssembler(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    List<Object> facts(SubmittedAssessment assessment, EnterpriseProfile profile) {
        List<Object> facts = new ArrayList<>();
        facts.add(enterprise(assessment, profile));
        facts.add(new Assessment(assessment.tier().code(), assessment.year(), number(assessment.scores().overall()),
                assessment.scores().maturityLevel() == null ? 0 : assessment.scores().maturityLevel()));
        assessment.scores().dimensions().forEach(score ->
                facts.add(new DimensionScore(score.dimension(), score.score().doubleValue())));
        java.util.Map<String, Question> questions = questionsByVersion.computeIfAbsent(
                assessment.questionnaireVersionId(), id -> questionnaires.byVersionId(id).dimensions().stream()
                        .flatMap(d -> d.questions().stream())
                        .collect(Collectors.toMap(Question::code, q -> q, (first, second) -> first)));
        assessment.answers().forEach((code, level) -> facts.add(answer(questions.get(code), code, level)));
        profile.details().validCertificationCodes().forEach(code -> facts.add(new Certificate(code)));
        facts.add(indicators(assessment.indicators()));
        return facts;
    }

    /**
     * The figures the advice would be more precise with, as translation keys (recommendations.missing.*): the number
     * of workers, trained staff, and the year's revenue, bought-in costs, energy cost and defect rate.
     */
    List<String> missing(SubmittedAssessment assessment, EnterpriseProfile profile) {
        List<String> missing = new ArrayList<>();
        if (employees(assessment.indicators(), profile) == null) {
            missing.add("employees");
        }
        if (profile.details().staffTrained() == null) {
            missing.add("staff-trained");
        }
        YearFigures figures = assessment.indicators() == null ? null : assessment.indicators().current();
        if (figures == null || figures.revenue() == null || figures.boughtIn() == null) {
            missing.add("value-added");
        }
        if (figures == null || figures.energyCost() == null) {
            missing.add("energy");
        }
        if (profile.details().activitiesGuessed()) {
            missing.add("activities");
        }
        return missing;
    }

    private static QuestionAnswer answer(Question question, String code, int level) {
        Optional<LocalizedText> said = Optional.ofNullable(question).map(Question::levels)
                .filter(levels -> level >= 0 && level < levels.size()).map(levels -> levels.get(level));
        return new QuestionAnswer(code, level, said.map(LocalizedText::vi).orElse(null),
                said.map(LocalizedText::en).orElse(null));
    }

    private Enterprise enterprise(SubmittedAssessment assessment, EnterpriseProfile profile) {
        ProfileDetails details = profile.details();
        int ocopStars = details.ocopProducts().stream().mapToInt(ProfileDetails.Ocop::stars).max().orElse(0);
        return new Enterprise(assessment.respondent().sectorCode(), profile.enterprise().type().name(),
                profile.sizeClass().name(), employees(assessment.indicators(), profile),
                assessment.respondent().foodProducer(), details.exportMarkets(), details.mainProducts(), ocopStars,
                details.staffTrained(), details.activities().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /** The workers of the figures the assessment is judged on, else of the latest year that gives them. */
    static Integer employees(IndicatorSnapshot snapshot, EnterpriseProfile profile) {
        if (snapshot != null && snapshot.current() != null && snapshot.current().employees() != null) {
            return snapshot.current().employees();
        }
        return profile.figures().stream().map(YearFigures::employees).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static Indicators indicators(IndicatorSnapshot snapshot) {
        if (snapshot == null || snapshot.current() == null) {
            return new Indicators(0, null, null, null, null, null, null, null, null, null);
        }
        YearFigures now = snapshot.current();
        ProductivityIndicators derived = snapshot.derived();
        Double energyShare = now.energyCost() == null || now.revenue() == null || now.revenue().signum() <= 0 ? null
                : now.energyCost().doubleValue() * 100 / now.revenue().doubleValue();
        return new Indicators(now.year(), nullable(derived.labourProductivity()),
                nullable(derived.labourProductivityGrowth()), nullable(derived.revenueGrowth()),
                nullable(derived.energyPerValueAdded()), energyShare, nullable(now.defectRate()),
                nullable(now.newProductShare()), perEmployee(now.trainingHours(), now.employees()),
                perEmployee(now.suggestionsImplemented() == null ? null
                        : BigDecimal.valueOf(now.suggestionsImplemented()), now.employees()));
    }

    private static Double perEmployee(BigDecimal amount, Integer employees) {
        return amount == null || employees == null || employees <= 0 ? null : amount.doubleValue() / employees;
    }

    private static Double nullable(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static double number(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }
}
