package vn.nscl.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.audit.AuditLog;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.Programme;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.UserFacingException;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskFile;
import vn.nscl.tasks.TaskStatus;

/**
 * Báo cáo năm: one action produces the report on the plan's implementation for a year (due 30 November), as a
 * workbook and as a PDF, from the same content: targets, programmes, partner narratives, communes and sectors. It
 * is the Department's report (it quotes every agency's narrative), so only the Department's staff produce it.
 */
@Service
public class AnnualReportService {

    /** The background task kind of making an annual report. */
    public static final String TASK_KIND = "annual-report";

    private final DashboardService dashboards;
    private final PlanStatistics statistics;
    private final PartnerReportRepository reports;
    private final PartnerAgencyRepository agencies;
    private final Catalogue catalogue;
    private final ReferenceData reference;
    private final AnnualReportLayout layout;
    private final AuditLog audit;
    private final BackgroundTasks tasks;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AnnualReportService(DashboardService dashboards, PlanStatistics statistics, PartnerReportRepository reports,
            PartnerAgencyRepository agencies, Catalogue catalogue, ReferenceData reference, AnnualReportLayout layout,
            AuditLog audit, BackgroundTasks tasks, TransactionTemplate transaction, Clock clock) {
        this.dashboards = dashboards;
        this.statistics = statistics;
        this.reports = reports;
        this.agencies = agencies;
        this.catalogue = catalogue;
        this.reference = reference;
        this.layout = layout;
        this.audit = audit;
        this.tasks = tasks;
        this.transaction = transaction;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public AnnualReport content(int year, Locale locale) {
        Dashboard dashboard = dashboards.forYear(year, locale);
        Map<String, Object[]> byProgramme = statistics.programmeYear(year);
        List<ProgrammeResult> programmes = new ArrayList<>();
        for (Programme programme : catalogue.programmes()) {
            Object[] row = byProgramme.getOrDefault(programme.code(), new Object[] {0L, 0L, null});
            programmes.add(new ProgrammeResult(programme.code(), programme.name(locale), (Long) row[0],
                    (Long) row[1], row[2] == null ? BigDecimal.ZERO : (BigDecimal) row[2]));
        }
        Map<String, PartnerReport> sent = new java.util.HashMap<>();
        reports.findByReportYear(year).forEach(r -> sent.put(r.getAgencyCode(), r));
        List<AnnualReport.Narrative> narratives = agencies.findAllByOrderByPosition().stream()
                .map(a -> {
                    PartnerReportView report = sent.containsKey(a.getCode()) ? sent.get(a.getCode()).toView() : null;
                    return new AnnualReport.Narrative(a.toView().name(locale), report == null ? null : report.narrative(),
                            report == null ? null : report.submittedAt(), PartnerDeadlines.isDepartment(a.toView()));
                }).toList();
        return new AnnualReport(year, reference.servedProvince().name(), clock.instant(), dashboard.targets(),
                programmes, narratives, dashboard.byCommune(), dashboard.bySector(), dashboard.maturity(),
                dashboard.funnel());
    }

    /**
     * Starts making the year's report as a file in the background ({@code pdf} or {@code xlsx}); the same report asked
     * for while it is being made is followed, not made twice.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskStatus startReport(int year, String format, Locale locale) {
        if (!format.equals("pdf") && !format.equals("xlsx")) {
            throw new UserFacingException("report.error.format");
        }
        if (year < PlanYears.FIRST || year > PlanYears.LAST) {
            throw new UserFacingException("plan.error.year", String.valueOf(PlanYears.FIRST),
                    String.valueOf(PlanYears.LAST));
        }
        return tasks.start(TASK_KIND, subject(year, format, locale), progress -> {
            progress.total(1);
            byte[] file = transaction.execute(status -> format.equals("pdf") ? pdf(year, locale) : xlsx(year, locale));
            progress.advance(1);
            return new TaskFile("bao-cao-nam-" + year + "." + format, format.equals("pdf") ? "application/pdf"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
        });
    }

    /** The newest making of this report, running or ended (its file is kept a month). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public Optional<TaskStatus> lastReport(int year, String format, Locale locale) {
        return tasks.latest(TASK_KIND, subject(year, format, locale));
    }

    private static String subject(int year, String format, Locale locale) {
        return year + " " + format + " " + locale.getLanguage();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public byte[] xlsx(int year, Locale locale) {
        byte[] workbook = layout.xlsx(content(year, locale), locale);
        audit.record(PlanAuditActions.ANNUAL_REPORT, "annual-report", year, "xlsx");
        return workbook;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public byte[] pdf(int year, Locale locale) {
        byte[] document = layout.pdf(content(year, locale), locale);
        audit.record(PlanAuditActions.ANNUAL_REPORT, "annual-report", year, "pdf");
        return document;
    }
}
