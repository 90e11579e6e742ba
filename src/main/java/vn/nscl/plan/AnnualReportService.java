package vn.nscl.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.audit.AuditLog;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.Programme;
import vn.nscl.reference.ReferenceData;

/**
 * Báo cáo năm: one action produces the report on the plan's implementation for a year (due 30 November), as a
 * workbook and as a PDF, from the same content: targets, programmes, partner narratives, communes and sectors. It
 * is the Department's report (it quotes every agency's narrative), so only the Department's staff produce it.
 */
@Service
public class AnnualReportService {

    private final DashboardService dashboards;
    private final PlanStatistics statistics;
    private final PartnerReportRepository reports;
    private final PartnerAgencyRepository agencies;
    private final Catalogue catalogue;
    private final ReferenceData reference;
    private final AnnualReportLayout layout;
    private final AuditLog audit;
    private final Clock clock;

    AnnualReportService(DashboardService dashboards, PlanStatistics statistics, PartnerReportRepository reports,
            PartnerAgencyRepository agencies, Catalogue catalogue, ReferenceData reference, AnnualReportLayout layout,
            AuditLog audit, Clock clock) {
        this.dashboards = dashboards;
        this.statistics = statistics;
        this.reports = reports;
        this.agencies = agencies;
        this.catalogue = catalogue;
        this.reference = reference;
        this.layout = layout;
        this.audit = audit;
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
                            report == null ? null : report.submittedAt());
                }).toList();
        return new AnnualReport(year, reference.servedProvince().name(), clock.instant(), dashboard.targets(),
                programmes, narratives, dashboard.byCommune(), dashboard.bySector(), dashboard.maturity(),
                dashboard.funnel());
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
