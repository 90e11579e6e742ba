package vn.nscl.recommendation;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.AssessmentSubmitted;
import vn.nscl.assessment.SubmittedAssessment;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.rulebase.RuleVersions;
import vn.nscl.recommendation.facts.Advice;
import vn.nscl.shared.SystemTask;

/**
 * Computes an assessment's recommendations with the active rule set when it is submitted, stores them with the
 * rule-set version, and reads them for whoever may read the assessment. A failure here never undoes a submission:
 * missing recommendations are computed when first read.
 */
@Service
public class RecommendationService {

    private static final Logger log = LoggerFactory.getLogger(RecommendationService.class);

    private final RuleEngine engine;
    private final FactsAssembler facts;
    private final AssessmentResultsService assessments;
    private final EnterpriseProfileService profiles;
    private final Catalogue catalogue;
    private final StoredRecommendationRepository stored;
    private final RuleVersions versions;
    private final RuleProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Ranking.CatalogueView catalogueView;

    RecommendationService(RuleEngine engine, FactsAssembler facts, AssessmentResultsService assessments,
            EnterpriseProfileService profiles, Catalogue catalogue, StoredRecommendationRepository stored,
            RuleVersions versions, RuleProperties properties, PlatformTransactionManager transactions,
            Clock clock) {
        this.engine = engine;
        this.facts = facts;
        this.assessments = assessments;
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.stored = stored;
        this.versions = versions;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.catalogueView = Ranking.CatalogueView.of(catalogue);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void onSubmitted(AssessmentSubmitted event) {
        try {
            SystemTask.run(() -> computeAndStore(event.assessmentId()));
        } catch (RuntimeException e) {
            log.error("Recommendations for assessment {} could not be computed now; they will be when first read",
                    event.assessmentId(), e);
        }
    }

    /**
     * The assessment's recommendations, computed now if they were not yet. Two readers computing at once cannot
     * store them twice (one row per rank): the slower one reads what the faster one stored.
     */
    @PreAuthorize("isAuthenticated()")
    public AssessmentRecommendations forAssessment(long assessmentId) {
        SubmittedAssessment assessment = assessments.submitted(assessmentId);
        AssessmentRecommendations advice = storedFor(assessmentId).orElseGet(() -> {
            try {
                return SystemTask.run(() -> computeAndStore(assessmentId));
            } catch (DataIntegrityViolationException storedMeanwhile) {
                return storedFor(assessmentId).orElseThrow(() -> storedMeanwhile);
            }
        });
        EnterpriseProfile profile = SystemTask.run(() -> profiles.profile(assessment.enterpriseId()));
        return advice.withMissingFigures(facts.missing(assessment, profile));
    }

    private java.util.Optional<AssessmentRecommendations> storedFor(long assessmentId) {
        List<StoredRecommendation> rows = stored.findByAssessmentIdOrderByRank(assessmentId);
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        int number = versions.numberOf(rows.getFirst().getRuleSetVersionId());
        return java.util.Optional.of(new AssessmentRecommendations(assessmentId, number,
                rows.stream().map(r -> r.toRecommendation(properties.shown())).toList(), List.of()));
    }

    private AssessmentRecommendations computeAndStore(long assessmentId) {
        SubmittedAssessment assessment = assessments.submitted(assessmentId);
        EnterpriseProfile profile = profiles.profile(assessment.enterpriseId());
        RuleEngine.Active active = engine.active();
        List<Recommendation> ranked = rank(active.base(), assessment, profile);
        ownTransaction.executeWithoutResult(status -> {
            stored.deleteByAssessment(assessmentId);
            ranked.forEach(r -> stored.save(new StoredRecommendation(assessmentId, active.versionId(), r,
                    clock.instant())));
            stored.flush();
        });
        return new AssessmentRecommendations(assessmentId, active.number(), ranked, List.of());
    }

    /**
     * Re-checks, with the active rules and the enterprise's current profile, whether its latest self-assessment makes
     * it eligible for a programme (applications are judged now, not on what was stored when it was submitted).
     */
    @PreAuthorize("isAuthenticated()")
    public ProgrammeEligibility eligibility(long enterpriseId, String programmeCode) {
        return eligibilities(enterpriseId, List.of(programmeCode)).get(programmeCode);
    }

    /** As {@link #eligibility} for several programmes, with one evaluation of the rules. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Map<String, ProgrammeEligibility> eligibilities(long enterpriseId,
            java.util.Collection<String> programmeCodes) {
        List<vn.nscl.assessment.AssessmentSummary> history = assessments.history(enterpriseId);
        RuleEngine.Active active = engine.active();
        java.util.Map<String, ProgrammeEligibility> judged = new java.util.LinkedHashMap<>();
        if (history.isEmpty()) {
            programmeCodes.forEach(code -> judged.put(code, new ProgrammeEligibility(code, false, null,
                    "Đơn vị chưa có bài tự đánh giá nào đã nộp: hãy tự đánh giá trước khi nộp hồ sơ.",
                    "No submitted self-assessment yet: please self-assess before applying.", null, active.number())));
            return judged;
        }
        SubmittedAssessment latest = assessments.submitted(history.getFirst().id());
        EnterpriseProfile profile = profiles.profile(enterpriseId);
        Advice advice = RuleEvaluation.advise(active.base(), facts(latest, profile));
        List<Recommendation> ranked = rank(advice.items(), latest, profile);
        int year = history.getFirst().year();
        for (String code : programmeCodes) {
            judged.put(code, ranked.stream().filter(r -> r.programme() && r.code().equals(code)).findFirst()
                    .map(r -> new ProgrammeEligibility(code, true, latest.id(), r.reasonVi(), r.reasonEn(),
                            r.rule(), active.number()))
                    .orElseGet(() -> notEligible(code, advice.unmet(), latest.id(), year, active.number())));
        }
        return judged;
    }

    /**
     * Why a programme is out of reach: the conditions the rules named as unmet (each rule's words, joined), or a
     * general sentence when no rule names one.
     */
    private static ProgrammeEligibility notEligible(String code, List<Advice.Item> unmet, long assessmentId, int year,
            int ruleVersion) {
        List<Advice.Item> named = unmet.stream().filter(item -> item.code().equals(code)).toList();
        if (named.isEmpty()) {
            return new ProgrammeEligibility(code, false, assessmentId,
                    "Theo bộ quy tắc hiện hành (phiên bản " + ruleVersion + ") và bài tự đánh giá năm " + year
                            + ", đơn vị chưa đáp ứng điều kiện của chương trình này.",
                    "Under the rules in force (version " + ruleVersion + ") and the " + year
                            + " self-assessment, the enterprise does not meet this programme's conditions.",
                    null, ruleVersion);
        }
        return new ProgrammeEligibility(code, false, assessmentId,
                named.stream().map(Advice.Item::reasonVi).distinct().collect(Collectors.joining(" ")),
                named.stream().map(Advice.Item::reasonEn).distinct().collect(Collectors.joining(" ")),
                named.getFirst().rule(), ruleVersion);
    }

    /** Evaluates a rule base (the active one or a candidate) for one assessment, without storing anything. */
    List<Recommendation> rank(KieBase base, SubmittedAssessment assessment, EnterpriseProfile profile) {
        return rank(conclude(base, assessment, profile), assessment, profile);
    }

    /**
     * Evaluates a rule base over facts already assembled: a dry run evaluates the same facts with the active and the
     * candidate rules (facts are values; no rule changes them).
     */
    List<Recommendation> rank(KieBase base, List<Object> assembled, SubmittedAssessment assessment,
            EnterpriseProfile profile) {
        return rank(RuleEvaluation.evaluate(base, assembled), assessment, profile);
    }

    /** The facts the rules see for one assessment. */
    List<Object> facts(SubmittedAssessment assessment, EnterpriseProfile profile) {
        return facts.facts(assessment, profile);
    }

    /** What the rules conclude for one assessment, before ranking. */
    List<Advice.Item> conclude(KieBase base, SubmittedAssessment assessment, EnterpriseProfile profile) {
        return RuleEvaluation.evaluate(base, facts.facts(assessment, profile));
    }

    /** The rules' conclusions as the enterprise sees them. */
    List<Recommendation> rank(List<Advice.Item> concluded, SubmittedAssessment assessment,
            EnterpriseProfile profile) {
        Ranking.Enterprise enterprise = new Ranking.Enterprise(profile.details().activities(),
                profile.enterprise().type().name(), FactsAssembler.employees(assessment.indicators(), profile),
                profile.details().validCertificationCodes());
        return Ranking.rank(concluded, enterprise, catalogueView, properties.shown());
    }
}
