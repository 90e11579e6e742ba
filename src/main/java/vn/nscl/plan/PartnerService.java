package vn.nscl.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.audit.AuditLog;
import vn.nscl.notification.NotificationService;
import vn.nscl.security.AccountContact;
import vn.nscl.security.AccountService;
import vn.nscl.security.Role;
import vn.nscl.shared.ConcurrentChange;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.Jobs;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.SystemTask;
import vn.nscl.shared.TextRules;
import vn.nscl.shared.UserFacingException.FieldProblem;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Formats;

/**
 * Partner agencies' yearly reports: each agency enters a figure for each of its targets and a short narrative of
 * its tasks; a partner account reports only for its own agency, the Department's staff for any (e.g. from a paper
 * report). Reminders go out before the 30 November deadline to agencies that have not reported.
 */
@Service
public class PartnerService {

    /** The plan's reporting day (section V): every year by 30 November. */
    public static final MonthDay DEADLINE = MonthDay.of(11, 30);
    public static final int NARRATIVE_MAX = 4000;
    private static final BigDecimal LARGEST = new BigDecimal("1000000");

    private final PartnerAgencyRepository agencies;
    private final PartnerMemberRepository members;
    private final PartnerReportRepository reports;
    private final PlanTargetRepository targets;
    private final AccountService accounts;
    private final NotificationService notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final Set<Integer> reminderDays;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;
    private final Jobs jobs;
    private final AnnualReportFilingRepository filings;

    PartnerService(PartnerAgencyRepository agencies, PartnerMemberRepository members, PartnerReportRepository reports,
            PlanTargetRepository targets, AccountService accounts, NotificationService notifications, AuditLog audit,
            Clock clock, @Value("${nscl.plan.reminder-days-before:14,7,1}") Set<Integer> reminderDays,
            TransactionTemplate transaction, JdbcClient jdbc, Jobs jobs, AnnualReportFilingRepository filings) {
        this.jobs = jobs;
        this.filings = filings;
        this.agencies = agencies;
        this.members = members;
        this.reports = reports;
        this.targets = targets;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.reminderDays = reminderDays;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PARTNER')")
    @Transactional(readOnly = true)
    public List<AgencyView> agencies() {
        return agencies.findAllByOrderByPosition().stream().map(PartnerAgency::toView).toList();
    }

    /** The agency the signed-in partner reports for; none until an officer has set it. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PARTNER')")
    @Transactional(readOnly = true)
    public Optional<AgencyView> myAgency() {
        return members.findById(SignedIn.accountId()).flatMap(m -> agencies.findById(m.getAgencyCode()))
                .map(PartnerAgency::toView);
    }

    /** The targets an agency reports figures for. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PARTNER')")
    @Transactional(readOnly = true)
    public List<TargetView> targetsOf(String agencyCode) {
        return targets.findAllByOrderByPosition().stream().map(PlanTarget::toView)
                .filter(t -> !t.fromPlatform() && agencyCode.equals(t.agencyCode())).toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PARTNER')")
    @Transactional(readOnly = true)
    public PartnerReportView report(String agencyCode, int year) {
        mayReportFor(agencyCode);
        return reports.findByAgencyCodeAndReportYear(agencyCode, year).map(PartnerReport::toView)
                .orElse(new PartnerReportView(agencyCode, year, -1, Map.of(), "", null, null));
    }

    /** Sends (or corrects) an agency's report for a year; all figures and the narrative are checked first. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PARTNER')")
    @Transactional
    public void submit(String agencyCode, int year, Map<String, BigDecimal> figures, String narrative,
            long expectedVersion) {
        mayReportFor(agencyCode);
        PartnerAgency agency = agencies.findById(agencyCode)
                .orElseThrow(() -> new UserFacingException("error.not-found"));
        // Once the Department sent the year's report, the figures it quoted stay as they were.
        filings.findById(year).ifPresent(filed -> {
            throw new UserFacingException("partner.error.locked", String.valueOf(year),
                    Formats.date(filed.toView().filedAt()));
        });
        List<FieldProblem> problems = new ArrayList<>();
        int thisYear = LocalDate.now(clock).getYear();
        if (year < PlanYears.FIRST || year > Math.min(thisYear, PlanYears.LAST)) {
            problems.add(new FieldProblem("year", "partner.error.year", String.valueOf(PlanYears.FIRST),
                    String.valueOf(thisYear)));
        }
        Map<String, BigDecimal> kept = new LinkedHashMap<>();
        for (TargetView target : targetsOf(agencyCode)) {
            BigDecimal value = figures.get(target.code());
            if (value == null) {
                continue;
            }
            if (value.signum() < 0 || value.compareTo(LARGEST) > 0 || value.scale() > 2) {
                problems.add(new FieldProblem(target.code(), "partner.error.figure"));
            }
            kept.put(target.code(), value);
        }
        if (figures.keySet().stream().anyMatch(code -> !kept.containsKey(code) && figures.get(code) != null)) {
            throw new UserFacingException("partner.error.not-yours");
        }
        String text = TextRules.multiLine(narrative);
        if (text.isEmpty()) {
            problems.add(new FieldProblem("narrative", "partner.error.narrative"));
        } else if (text.length() > NARRATIVE_MAX) {
            problems.add(new FieldProblem("narrative", "error.too-long", NARRATIVE_MAX));
        }
        FieldChecks.noInvisible(problems, "narrative", text);
        if (!problems.isEmpty()) {
            throw UserFacingException.ofFields(problems);
        }
        PartnerReport report = reports.findByAgencyCodeAndReportYear(agencyCode, year).orElse(null);
        if (report == null ? expectedVersion != -1 : report.getVersion() != expectedVersion) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        if (report == null) {
            report = new PartnerReport(agencyCode, year);
        }
        report.submit(kept, text, clock.instant(), SignedIn.actor());
        reports.save(report);
        try {
            ConcurrentChange.flush(reports::flush);
        } catch (DataIntegrityViolationException sentMeanwhile) {
            // someone else sent this agency's first report for the year at the same moment
            throw new UserFacingException("error.changed-meanwhile");
        }
        audit.record(PlanAuditActions.PARTNER_REPORT_SUBMITTED, "partner-report", agencyCode + "/" + year,
                kept.isEmpty() ? "không có số liệu chỉ tiêu" : kept.entrySet().stream().map(e -> e.getKey() + " = "
                        + e.getValue().stripTrailingZeros().toPlainString()).collect(java.util.stream.Collectors
                                .joining("; ")));
        if (!Role.signedInIsStaff()) {
            notifications.tellEveryone(Role.OFFICER, "notify.partner-report", "plan/partners",
                    agency.toView().nameVi(), String.valueOf(year));
        }
    }

    /** Who has reported for a year and who has not, for the Department's follow-up. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AgencyStatus> statusFor(int year) {
        Map<String, PartnerReport> sent = new LinkedHashMap<>();
        reports.findByReportYear(year).forEach(r -> sent.put(r.getAgencyCode(), r));
        List<AgencyStatus> result = new ArrayList<>();
        for (PartnerAgency agency : agencies.findAllByOrderByPosition()) {
            PartnerReport report = sent.get(agency.getCode());
            result.add(new AgencyStatus(agency.toView(), members.findByAgencyCode(agency.getCode()).size(),
                    report == null ? null : report.getSubmittedAt(), report == null ? null : report.getSubmittedBy(),
                    targetsOf(agency.getCode()).size()));
        }
        return result;
    }

    /** Partner accounts and the agency each reports for (null: not set yet). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Map<AccountContact, String> memberships() {
        Map<AccountContact, String> result = new LinkedHashMap<>();
        for (AccountContact partner : accounts.contactsWithRole(Role.PARTNER)) {
            result.put(partner, members.findById(partner.id()).map(PartnerMember::getAgencyCode).orElse(null));
        }
        return result;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void setMembership(long accountId, String agencyCode) {
        boolean partner = accounts.contactsWithRole(Role.PARTNER).stream().anyMatch(c -> c.id() == accountId);
        if (!partner || agencies.findById(agencyCode).isEmpty()) {
            throw new UserFacingException("error.not-found");
        }
        members.findById(accountId).ifPresentOrElse(m -> m.moveTo(agencyCode),
                () -> members.save(new PartnerMember(accountId, agencyCode)));
        audit.record(PlanAuditActions.PARTNER_MEMBER_SET, "account", accountId, agencyCode);
    }

    /** Reminds the members of agencies that have not reported, a set number of days before the deadline. */
    @Scheduled(cron = "${nscl.plan.reminder-cron:0 0 8 * * *}", zone = "Asia/Ho_Chi_Minh")
    void remindBeforeDeadline() {
        jobs.once("partner-report-reminders", Jobs.FIRED_TOGETHER, Duration.ofMinutes(30),
                () -> SystemTask.run(() -> remind(LocalDate.now(clock))));
    }

    /**
     * Reminds the agencies that have not reported when {@code today} is a reminder day; each agency at most once per
     * reminder day (recorded in its own transaction, so another instance doing the same skips it).
     */
    int remind(LocalDate today) {
        LocalDate deadline = DEADLINE.atYear(today.getYear());
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(today, deadline);
        if (!reminderDays.contains((int) daysLeft)) {
            return 0;
        }
        int told = 0;
        for (PartnerAgency agency : agencies.findAllByOrderByPosition()) {
            if (reports.findByAgencyCodeAndReportYear(agency.getCode(), today.getYear()).isPresent()
                    || targetsOf(agency.getCode()).isEmpty()) {
                continue;
            }
            try {
                told += transaction.execute(status -> {
                    jdbc.sql("insert into partner_reminder (agency_code, report_year, days_before, sent_at) "
                            + "values (:agency, :year, :days, :at)").param("agency", agency.getCode())
                            .param("year", today.getYear()).param("days", (int) daysLeft)
                            .param("at", java.time.OffsetDateTime.now(clock)).update();
                    List<PartnerMember> toTell = members.findByAgencyCode(agency.getCode());
                    toTell.forEach(member -> notifications.tell(member.getAccountId(), "notify.partner-reminder",
                            "plan/partners", String.valueOf(today.getYear()), String.valueOf(daysLeft)));
                    return toTell.size();
                });
            } catch (DataIntegrityViolationException alreadyReminded) {
                // this agency was reminded today already (by this instance before a restart, or by another)
            }
        }
        return told;
    }

    private void mayReportFor(String agencyCode) {
        if (Role.signedInIsStaff()) {
            return;
        }
        String mine = members.findById(SignedIn.accountId()).map(PartnerMember::getAgencyCode).orElse(null);
        if (!agencyCode.equals(mine)) {
            throw new org.springframework.security.access.AccessDeniedException("not this partner's agency");
        }
    }
}
