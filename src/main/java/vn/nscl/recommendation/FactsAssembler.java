package vn.nscl.recommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.nscl.assessment.IndicatorSnapshot;
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
import vn.nscl.reference.ReferenceData;
import vn.nscl.reference.Sector;

/** Turns a submitted assessment and the enterprise's profile into the facts the rules reason about. */
@Component
class FactsAssembler {

    private final ReferenceData reference;

    FactsAssembler(ReferenceData reference) {
        this.reference = reference;
    }

    List<Object> facts(SubmittedAssessment assessment, EnterpriseProfile profile) {
        List<Object> facts = new ArrayList<>();
        facts.add(enterprise(assessment, profile));
        facts.add(new Assessment(assessment.tier().code(), assessment.year(), number(assessment.scores().overall()),
                assessment.scores().maturityLevel() == null ? 0 : assessment.scores().maturityLevel()));
        assessment.scores().dimensions().forEach(score ->
                facts.add(new DimensionScore(score.dimension(), score.score().doubleValue())));
        assessment.answers().forEach((question, level) -> facts.add(new QuestionAnswer(question, level)));
        profile.details().validCertificationCodes().forEach(code -> facts.add(new Certificate(code)));
        facts.add(indicators(assessment.indicators()));
        return facts;
    }

    private Enterprise enterprise(SubmittedAssessment assessment, EnterpriseProfile profile) {
        String sectorCode = assessment.respondent().sectorCode();
        Sector sector = sectorCode == null ? null : reference.sector(sectorCode).orElse(null);
        ProfileDetails details = profile.details();
        int employees = employees(assessment.indicators(), profile);
        int ocopStars = details.ocopProducts().stream().mapToInt(ProfileDetails.Ocop::stars).max().orElse(0);
        return new Enterprise(sectorCode, sector == null ? "" : sector.nameVi().toLowerCase(java.util.Locale.ROOT),
                sector == null ? "" : sector.nameEn().toLowerCase(java.util.Locale.ROOT),
                profile.enterprise().type().name(), profile.sizeClass().name(), employees,
                assessment.respondent().foodProducer(),
                details.exportMarkets() != null && !details.exportMarkets().isBlank(), details.mainProducts(), ocopStars,
                details.staffTrained() == null ? 0 : details.staffTrained());
    }

    private static int employees(IndicatorSnapshot snapshot, EnterpriseProfile profile) {
        if (snapshot != null && snapshot.current() != null && snapshot.current().employees() != null) {
            return snapshot.current().employees();
        }
        return profile.figures().stream().map(YearFigures::employees).filter(java.util.Objects::nonNull).findFirst()
                .orElse(0);
    }

    private static Indicators indicators(IndicatorSnapshot snapshot) {
        if (snapshot == null || snapshot.current() == null) {
            double missing = Indicators.MISSING;
            return new Indicators(missing, missing, missing, missing, missing, missing, missing, missing);
        }
        YearFigures now = snapshot.current();
        ProductivityIndicators derived = snapshot.derived();
        return new Indicators(number(derived.labourProductivity()), number(derived.labourProductivityGrowth()),
                number(derived.revenueGrowth()), number(derived.energyPerValueAdded()), number(now.defectRate()),
                number(now.newProductShare()), perEmployee(now.trainingHours(), now.employees()),
                perEmployee(now.suggestionsImplemented() == null ? null
                        : BigDecimal.valueOf(now.suggestionsImplemented()), now.employees()));
    }

    private static double perEmployee(BigDecimal amount, Integer employees) {
        return amount == null || employees == null || employees <= 0 ? Indicators.MISSING
                : amount.doubleValue() / employees;
    }

    private static double number(BigDecimal value) {
        return value == null ? Indicators.MISSING : value.doubleValue();
    }
}
