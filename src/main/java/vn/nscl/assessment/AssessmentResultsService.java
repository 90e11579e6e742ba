package vn.nscl.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.shared.InLists;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.SystemTask;

/**
 * Reading submitted assessments (Kết quả đánh giá): an enterprise's history, and one assessment's results with the
 * sector benchmark, strengths and gaps, indicators, the change since the previous assessment and the trend.
 */
@Service
public class AssessmentResultsService {

    private static final int SHOWN_STRENGTHS = 3;

    private final AssessmentRepository assessments;
    private final DimensionScoreRepository scores;
    private final Questionnaires questionnaires;
    private final AssessmentAccess access;
    private final AssessmentService drafts;
    private final EnterpriseService enterprises;
    private final AssessmentReport report;
    private final BulkSubmitted bulk;

    AssessmentResultsService(AssessmentRepository assessments, DimensionScoreRepository scores,
            Questionnaires questionnaires, AssessmentAccess access, AssessmentService drafts,
            EnterpriseService enterprises, AssessmentReport report, BulkSubmitted bulk) {
        this.assessments = assessments;
        this.scores = scores;
        this.questionnaires = questionnaires;
        this.access = access;
        this.drafts = drafts;
        this.enterprises = enterprises;
        this.report = report;
        this.bulk = bulk;
    }

    /** How many assessments have been submitted in all, for the programme's figures. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PARTNER')")
    @Transactional(readOnly = true)
    public long countSubmitted() {
        return assessments.countByStatus(AssessmentStatus.SUBMITTED);
    }

    /**
     * The submitted assessments of many enterprises at once (when and with which score), oldest first, for officers'
     * lists over the province: one query per thousand enterprises ({@link InLists}) instead of one per enterprise.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, List<SubmittedScore>> submittedScores(Collection<Long> enterpriseIds) {
        Map<Long, List<SubmittedScore>> byEnterprise = new HashMap<>();
        InLists.inChunks(enterpriseIds, assessments::submittedScoresOf)
                .forEach(s -> byEnterprise.computeIfAbsent(s.enterpriseId(), id -> new ArrayList<>()).add(s));
        return byEnterprise;
    }

    /** An enterprise's submitted assessments, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AssessmentSummary> history(long enterpriseId) {
        if (!access.mayReadSubmitted(enterpriseId)) {
            throw new AccessDeniedException("Assessments of enterprise " + enterpriseId + " are not visible");
        }
        return submittedOf(enterpriseId).stream().map(drafts::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AssessmentResults results(long assessmentId) {
        Assessment assessment = access.readableSubmitted(assessmentId);
        Questionnaire questionnaire = questionnaires.byVersionId(assessment.getQuestionnaireVersionId());
        List<Dimension> asked = questionnaire.askedOf(assessment.submittedRespondent());
        ScoreCard card = scoreCard(assessment, asked);
        List<Assessment> history = submittedOf(assessment.getEnterpriseId());
        String enterprise = SystemTask.run(() -> enterprises.nameOf(assessment.getEnterpriseId()));
        return new AssessmentResults(drafts.summary(assessment), enterprise,
                questionnaire, asked, card, benchmark(assessment),
                strengths(card), gaps(card),
                Submission.readSnapshot(assessment.getIndicators()), comparison(assessment, history, card),
                trend(history));
    }

    /** One submitted assessment, for modules that work from its answers (the caller must be allowed to read it). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SubmittedAssessment submitted(long assessmentId) {
        return bulk.load(List.of(access.readableSubmitted(assessmentId))).getFirst();
    }

    /**
     * The next submitted assessments after {@code afterId}, in id order, loaded in bulk: a rule dry run walks the
     * province this way, a chunk in memory at a time.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SubmittedAssessment> submittedAfter(long afterId, int count) {
        return bulk.load(assessments.findByStatusAndIdGreaterThanOrderByStatusAscIdAsc(AssessmentStatus.SUBMITTED, afterId,
                Limit.of(Math.min(count, 5_000))));
    }

    /** The PDF report of a submitted assessment, in the given language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] pdf(long assessmentId, java.util.Locale locale) {
        return report.render(results(assessmentId), locale);
    }

    /** The sector average of other enterprises' latest assessments, only where at least five have a score. */
    SectorBenchmark benchmark(Assessment assessment) {
        String sector = assessment.getSectorCode();
        if (sector == null) {
            return new SectorBenchmark(null, 0, Map.of());
        }
        long peers = assessments.peersInSector(sector, assessment.getEnterpriseId());
        Map<String, BigDecimal> averages = assessments.sectorAverages(sector, assessment.getEnterpriseId()).stream()
                .filter(row -> ((Number) row[2]).longValue() >= SectorBenchmark.MIN_PEERS)
                .collect(Collectors.toMap(row -> (String) row[0],
                        row -> BigDecimal.valueOf(((Number) row[1]).doubleValue()).setScale(1, RoundingMode.HALF_UP)));
        return new SectorBenchmark(sector, peers, averages);
    }

    private ScoreCard scoreCard(Assessment assessment, List<Dimension> asked) {
        Map<String, Integer> askedCounts = asked.stream()
                .collect(Collectors.toMap(Dimension::code, d -> d.questions().size()));
        List<DimensionScore> dimensionScores = scores.findByAssessmentId(assessment.getId()).stream()
                .map(s -> s.toScore(askedCounts.getOrDefault(s.getDimension(), 0)))
                .sorted(Comparator.comparingInt(s -> indexOf(asked, s.dimension())))
                .toList();
        return new ScoreCard(dimensionScores, assessment.getOverallScore(), assessment.getMaturityLevel());
    }

    private Optional<AssessmentResults.Comparison> comparison(Assessment assessment, List<Assessment> history,
            ScoreCard card) {
        int position = history.indexOf(assessment);
        return history.stream().skip(position + 1L).findFirst()
                .map(previous -> {
                    Map<String, BigDecimal> before = scores.findByAssessmentId(previous.getId()).stream()
                            .collect(Collectors.toMap(AssessmentDimensionScore::getDimension, s -> s.toScore(0).score()));
                    List<AssessmentResults.Change> changes = card.dimensions().stream()
                            .map(s -> new AssessmentResults.Change(s.dimension(), before.get(s.dimension()), s.score()))
                            .toList();
                    return new AssessmentResults.Comparison(drafts.summary(previous), changes);
                });
    }

    private List<AssessmentResults.TrendPoint> trend(List<Assessment> history) {
        return history.stream()
                .sorted(Assessment.NEWEST_FIRST.reversed())
                .map(a -> new AssessmentResults.TrendPoint(a.getAssessmentYear(), a.getOverallScore(),
                        Tier.ofCode(questionnaires.byVersionId(a.getQuestionnaireVersionId()).code())))
                .toList();
    }

    private List<Assessment> submittedOf(long enterpriseId) {
        return assessments.findByEnterpriseIdAndStatus(enterpriseId, AssessmentStatus.SUBMITTED).stream()
                .sorted(Assessment.NEWEST_FIRST).toList();
    }

    /** The best dimensions: up to three, and never more than half, so strengths and gaps do not overlap. */
    static List<DimensionScore> strengths(ScoreCard card) {
        int count = Math.min(SHOWN_STRENGTHS, card.dimensions().size() / 2);
        return card.dimensions().stream().sorted(Comparator.comparing(DimensionScore::score).reversed())
                .limit(count).toList();
    }

    /** The largest gaps, lowest score first: up to three among the dimensions that are not strengths. */
    static List<DimensionScore> gaps(ScoreCard card) {
        List<DimensionScore> strengths = strengths(card);
        return card.dimensions().stream().filter(d -> !strengths.contains(d))
                .sorted(Comparator.comparing(DimensionScore::score)).limit(SHOWN_STRENGTHS).toList();
    }

    private static int indexOf(List<Dimension> asked, String code) {
        for (int i = 0; i < asked.size(); i++) {
            if (asked.get(i).code().equals(code)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
