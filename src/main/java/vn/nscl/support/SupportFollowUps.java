package vn.nscl.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.AssessmentSummary;
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
        List<AssessmentSummary> history = assessments.history(enterpriseId);
        String name = enterprises.nameOf(enterpriseId);
        return applications.findByEnterpriseIdAndStatus(enterpriseId, ApplicationStatus.COMPLETED).stream()
                .map(a -> followUp(a, name, history)).toList();
    }

    /** Every supported enterprise not assessed again since its project ended, the longest waiting first. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<FollowUp> due() {
        return applications.findByStatusOrderByDecidedAt(ApplicationStatus.COMPLETED).stream()
                .map(a -> followUp(a, enterprises.nameOf(a.getEnterpriseId()),
                        assessments.history(a.getEnterpriseId())))
                .filter(FollowUp::due).sorted(Comparator.comparing(FollowUp::completedAt)).toList();
    }

    private FollowUp followUp(SupportApplication application, String enterpriseName,
            List<AssessmentSummary> history) {
        Instant completed = reports.findByApplicationIdOrderBySubmittedAt(application.getId()).stream()
                .map(r -> r.toRecord(null)).filter(r -> "COMPLETION".equals(r.kind())).map(ProjectReport::submittedAt)
                .reduce((first, last) -> last).orElse(application.getDecidedAt());
        Optional<AssessmentSummary> after = history.stream().filter(s -> s.submittedAt() != null
                && s.submittedAt().isAfter(completed)).min(Comparator.comparing(AssessmentSummary::submittedAt));
        return new FollowUp(application.getId(), application.getEnterpriseId(), enterpriseName,
                application.getTitle(), completed, after.map(AssessmentSummary::submittedAt).orElse(null),
                after.map(AssessmentSummary::overall).orElse(null));
    }
}
