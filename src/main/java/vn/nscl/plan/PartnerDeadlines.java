package vn.nscl.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.notification.NotificationService;
import vn.nscl.shared.ui.Formats;

/**
 * The partner agencies' yearly report deadline (30 November) as the people concerned see it: officers which agencies
 * are late and by how many days, with "nhắc ngay"; a partner its own report's days late. The Department reports
 * through the platform itself and is never listed as a partner that failed to report.
 */
@Service
public class PartnerDeadlines {

    /** The agency code of the Department itself (seeded with the plan's agencies). */
    static final String DEPARTMENT_ITSELF = "SO_KHCN";

    private final PartnerService partners;
    private final PartnerMemberRepository members;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;

    PartnerDeadlines(PartnerService partners, PartnerMemberRepository members, NotificationService notifications,
            AuditLog audit, Clock clock) {
        this.partners = partners;
        this.members = members;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** A year's reports: the deadline, days past it (0 before), and the agencies with tasks that have not reported. */
    public record Standing(int year, LocalDate deadline, long daysLate, List<AgencyView> missing) {

        public boolean overdue() {
            return daysLate > 0 && !missing.isEmpty();
        }
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Standing standing(int year) {
        List<AgencyView> missing = partners.statusFor(year).stream()
                .filter(s -> !s.submitted() && s.targets() > 0 && !DEPARTMENT_ITSELF.equals(s.agency().code()))
                .map(AgencyStatus::agency).toList();
        LocalDate deadline = PartnerService.DEADLINE.atYear(year);
        return new Standing(year, deadline, daysLate(deadline), missing);
    }

    /** Reminds every agency still missing now (not waiting for the next reminder day); how many were reminded. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public int remindNow(int year) {
        Standing standing = standing(year);
        for (AgencyView agency : standing.missing()) {
            members.findByAgencyCode(agency.code()).forEach(member -> notifications.tell(member.getAccountId(),
                    "notify.partner-overdue", "plan/partners", String.valueOf(year),
                    Formats.date(standing.deadline()), String.valueOf(standing.daysLate())));
            audit.record(PlanAuditActions.PARTNER_REMINDED, "partner-report", null, agency.code() + " " + year);
        }
        return standing.missing().size();
    }

    /** The signed-in partner's agency: days its report for the year is late, if it is not in yet. */
    @PreAuthorize("hasRole('PARTNER')")
    @Transactional(readOnly = true)
    public Optional<Long> myDaysLate(int year) {
        long late = daysLate(PartnerService.DEADLINE.atYear(year));
        return partners.myAgency().filter(agency -> late > 0 && !partners.report(agency.code(), year).submitted())
                .map(agency -> late);
    }

    /** Days an agency's report for the year was (or is) late: sent after the deadline, or still missing after it. */
    public long daysLate(AgencyStatus status, int year) {
        LocalDate deadline = PartnerService.DEADLINE.atYear(year);
        if (status.submittedAt() == null) {
            return daysLate(deadline);
        }
        return Math.max(0, ChronoUnit.DAYS.between(deadline, Formats.day(status.submittedAt())));
    }

    /** The Department reports through the platform itself: never a partner that failed to report. */
    public static boolean isDepartment(AgencyView agency) {
        return DEPARTMENT_ITSELF.equals(agency.code());
    }

    private long daysLate(LocalDate deadline) {
        return Math.max(0, ChronoUnit.DAYS.between(deadline, LocalDate.now(clock.withZone(Formats.VIETNAM))));
    }
}
