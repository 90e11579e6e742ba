package vn.nscl.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.SubmittedScore;
import vn.nscl.enterprise.EnterpriseService;

/**
 * After a supported project ends, the enterprise assesses itself again, so that the support's effect shows in the
 * plan's before/after figures. For each completed project: when it ended and whether (and with which result) the
 * enterprise has assessed itself since; those that have not are due for a follow-up.
 */
@Service
public class SupportFollowUps {

    private final SupportApplicationRepository applications;
    private final ReportRepository reports;
    private final AssessmentResultsService assessments;
    private final EnterpriseService enterprises;

    SupportFollowUps(SupportApplicationRepository applications, ReportRepository reports,
            AssessmentResultsService assessments, EnterpriseService enterprises) {
        this.applications = applications;
        this.reports = reports;
        this.assessments = assessments;
        this.enterprises = enterprises;
    }

    /** A completed project and the enterprise's first assessment since it ended, if any. */
    public record FollowUp(long applicationId, long enterpriseId, String enterpriseName, String title,
            Instant completedAt, Instant reassessedAt, BigDecimal reassessedScore) {

        public boolean due() {
            return reassessedAt == null;
        }
    }

    /** The enterprise's completed projects with their follow-up, for DOST's page of it. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<FollowUp> ofEnterprise(long enterpriseId) {
        return followUps(applications.findByEnterpriseIdAndStatus(enterpriseId, ApplicationStatus.COMPLETED));
    }

    /** Every supported enterprise not assessed again since its project ended, the longest waiting first. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<FollowUp> due() {
        return followUps(applications.findByStatusOrderByDecidedAt(ApplicationStatus.COMPLETED)).stream()
                .filter(FollowUp::due).sorted(Comparator.comparing(FollowUp::completedAt)).toList();
    }

    /**
     * The follow-up of each project, read in four queries whatever their number (projects, completion reports,
     * names, assessments): the dashboard lists them for the whole province.
     */
    private List<FollowUp> followUps(List<SupportApplication> completed) {
        if (completed.isEmpty()) {
            return List.of();
        }
        Map<Long, Instant> completionReported = new HashMap<>();
        reports.findByApplicationIdInOrderBySubmittedAt(completed.stream().map(SupportApplication::getId).toList())
                .stream().filter(r -> "COMPLETION".equals(r.getKind()))
                .forEach(r -> completionReported.put(r.getApplicationId(), r.getSubmittedAt()));
        List<Long> enterpriseIds = completed.stream().map(SupportApplication::getEnterpriseId).distinct().toList();
        Map<Long, String> names = enterprises.namesOf(enterpriseIds);
        Map<Long, List<SubmittedScore>> scores = assessments.submittedScores(enterpriseIds);
        return completed.stream().map(application -> {
            Instant ended = completionReported.getOrDefault(application.getId(), application.getDecidedAt());
            Optional<SubmittedScore> after = scores.getOrDefault(application.getEnterpriseId(), List.of()).stream()
                    .filter(s -> s.submittedAt() != null && s.submittedAt().isAfter(ended)).findFirst();
            return new FollowUp(application.getId(), application.getEnterpriseId(),
                    names.getOrDefault(application.getEnterpriseId(), ""), application.getTitle(), ended,
                    after.map(SubmittedScore::submittedAt).orElse(null),
                    after.map(SubmittedScore::overall).orElse(null));
        }).toList();
    }
}
