package vn.nscl.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.nscl.shared.SpreadsheetText;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.Numbers;
import vn.nscl.shared.ui.SvgCharts;
import vn.nscl.shared.Letterhead;
import vn.nscl.shared.OfficialDocument;
import vn.nscl.shared.ui.TranslationProvider;

/** Lays the annual report out as a workbook (one sheet per part, numbers as numbers) and as a PDF. */
@Component
class AnnualReportLayout {

    private final TranslationProvider translations;
    private final Letterhead letterhead;

    AnnualReportLayout(TranslationProvider translations, Letterhead letterhead) {
        this.translations = translations;
        this.letterhead = letterhead;
    }

    byte[] xlsx(AnnualReport report, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetText.Cells cells = new SpreadsheetText.Cells(workbook);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet targets = workbook.createSheet(t(locale, "report.annual.sheet.targets"));
            title(targets, bold, t(locale, "report.annual.title", String.valueOf(report.year()), report.province()));
            header(targets, bold, 2, t(locale, "plan.code"), t(locale, "plan.target"), t(locale, "plan.source"),
                    t(locale, "plan.period"), t(locale, "plan.unit"), t(locale, "plan.target-min"),
                    t(locale, "plan.target-max"), t(locale, "plan.actual", String.valueOf(report.year())), t(locale, "plan.status"),
                    t(locale, "plan.origin"));
            int r = 3;
            for (TargetProgress p : report.targets()) {
                TargetView target = p.target();
                Row row = targets.createRow(r++);
                row.createCell(0).setCellValue(target.code());
                cells.text(row, 1, target.name(locale));
                row.createCell(2).setCellValue(target.sourceItem());
                row.createCell(3).setCellValue(target.yearFrom() + "–" + target.yearTo());
                cells.text(row, 4, target.unit(locale));
                row.createCell(5).setCellValue(target.targetMin().doubleValue());
                if (target.targetMax() != null) {
                    row.createCell(6).setCellValue(target.targetMax().doubleValue());
                }
                if (p.actualIn(report.year()) != null) {
                    row.createCell(7).setCellValue(p.actualIn(report.year()).doubleValue());
                }
                row.createCell(8).setCellValue(t(locale, "plan.status." + p.statusIn(report.year())));
                row.createCell(9).setCellValue(target.fromPlatform() ? t(locale, "plan.origin.platform")
                        : t(locale, "plan.origin.partner"));
            }
            widths(targets, 12, 60, 18, 12, 18, 10, 10, 12, 18, 22);

            Sheet programmes = workbook.createSheet(t(locale, "report.annual.sheet.programmes"));
            header(programmes, bold, 0, t(locale, "application.programme"), t(locale, "calls.name"),
                    t(locale, "report.annual.submitted"), t(locale, "report.annual.approved"),
                    t(locale, "report.annual.amount"));
            r = 1;
            for (ProgrammeResult p : report.programmes()) {
                Row row = programmes.createRow(r++);
                row.createCell(0).setCellValue(p.code());
                cells.text(row, 1, p.name());
                row.createCell(2).setCellValue(p.submitted());
                row.createCell(3).setCellValue(p.approved());
                row.createCell(4).setCellValue(p.approvedAmount().doubleValue());
            }
            widths(programmes, 10, 60, 12, 12, 18);

            Sheet partners = workbook.createSheet(t(locale, "report.annual.sheet.partners"));
            header(partners, bold, 0, t(locale, "partner.agency"), t(locale, "partner.submitted-at"),
                    t(locale, "partner.narrative"));
            r = 1;
            for (AnnualReport.Narrative n : report.narratives()) {
                Row row = partners.createRow(r++);
                cells.text(row, 0, n.agency());
                row.createCell(1).setCellValue(n.submittedAt() == null ? t(locale, "partner.not-submitted")
                        : Formats.date(n.submittedAt()));
                cells.text(row, 2, n.text());
            }
            widths(partners, 40, 16, 100);

            area(workbook.createSheet(t(locale, "report.annual.sheet.communes")), bold, cells, report.byCommune(),
                    locale, t(locale, "dashboard.commune"));
            area(workbook.createSheet(t(locale, "report.annual.sheet.sectors")), bold, cells, report.bySector(),
                    locale, t(locale, "dashboard.sector"));

            Sheet funnel = workbook.createSheet(t(locale, "report.annual.sheet.funnel"));
            header(funnel, bold, 0, t(locale, "dashboard.funnel"), t(locale, "dashboard.enterprises"));
            r = 1;
            for (Object[] step : funnelSteps(report.funnel(), locale)) {
                Row row = funnel.createRow(r++);
                row.createCell(0).setCellValue((String) step[0]);
                row.createCell(1).setCellValue((Long) step[1]);
            }
            r++;
            for (int level = 0; level < report.maturity().length; level++) {
                Row row = funnel.createRow(r++);
                row.createCell(0).setCellValue(t(locale, "dashboard.maturity.level", level));
                row.createCell(1).setCellValue(report.maturity()[level]);
            }
            widths(funnel, 50, 14);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report as the Department sends it: an administrative report (national title, agency, number, place and
     * date, results by target, difficulties, proposals, recipients, signature) written from the figures, with the
     * tables as appendices.
     */
    byte[] pdf(AnnualReport report, Locale locale) {
        int year = report.year();
        OfficialDocument document = OfficialDocument.start(letterhead, translations, locale, "BC",
                Formats.day(report.generatedAt()), t(locale, "report.official.kind"),
                t(locale, "report.official.subject", String.valueOf(year)));
        document.paragraph(t(locale, "report.official.opening", letterhead.planReference(), String.valueOf(year)));
        document.heading(t(locale, "report.official.results", String.valueOf(year)));
        document.subheading(t(locale, "report.official.results.targets"))
                .paragraph(t(locale, "report.official.targets", String.valueOf(year),
                        report.targets().size() - count(report, TargetStatus.OUT_OF_PERIOD),
                        count(report, TargetStatus.ACHIEVED), count(report, TargetStatus.ON_TRACK),
                        count(report, TargetStatus.AT_RISK), count(report, TargetStatus.NOT_ACHIEVED),
                        count(report, TargetStatus.NO_DATA) + count(report, TargetStatus.NOT_STARTED),
                        count(report, TargetStatus.OUT_OF_PERIOD)));
        Funnel funnel = report.funnel();
        document.subheading(t(locale, "report.official.results.enterprises"))
                .paragraph(t(locale, "report.official.funnel", funnel.assessed(), funnel.recommended(),
                        funnel.matched(), funnel.supported(), funnel.reassessed()));
        if (funnel.change() != null) {
            document.paragraph(t(locale, "dashboard.before-after", Numbers.score(funnel.averageBefore(), locale),
                    Numbers.score(funnel.averageAfter(), locale), Numbers.signed(funnel.change(), locale)));
        }
        long submitted = report.programmes().stream().mapToLong(ProgrammeResult::submitted).sum();
        long approved = report.programmes().stream().mapToLong(ProgrammeResult::approved).sum();
        BigDecimal amount = report.programmes().stream().map(ProgrammeResult::approvedAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        document.subheading(t(locale, "report.official.results.programmes"))
                .paragraph(t(locale, "report.official.programmes", submitted, approved,
                        Numbers.decimal(amount, locale)));
        List<AnnualReport.Narrative> partners = report.narratives().stream().filter(n -> !n.department()).toList();
        List<String> silent = partners.stream().filter(n -> n.text() == null).map(AnnualReport.Narrative::agency)
                .toList();
        document.subheading(t(locale, "report.official.results.partners"))
                .paragraph(t(locale, "report.official.partners", partners.size() - silent.size(), partners.size()));
        document.heading(t(locale, "report.official.difficulties")).bullets(difficulties(report, silent, locale));
        document.heading(t(locale, "report.official.proposals")).bullets(proposals(report, silent, locale));
        document.paragraph(t(locale, "report.official.closing", String.valueOf(year)));
        document.closing(List.of(t(locale, "report.official.to.province"), t(locale, "report.official.to.ministry"),
                t(locale, "report.official.to.partners"), t(locale, "official.archive", letterhead.abbreviation())));
        document.appendix(t(locale, "report.official.appendix", "I", t(locale, "report.annual.sheet.targets")),
                targetsTable(report, locale));
        document.appendix(t(locale, "report.official.appendix", "II", t(locale, "report.annual.sheet.programmes")),
                programmesTable(report, locale));
        document.appendix(t(locale, "report.official.appendix", "III", t(locale, "report.annual.sheet.partners")),
                narratives(report, locale));
        document.appendix(t(locale, "report.official.appendix", "IV", t(locale, "report.official.figures")),
                figures(report, locale));
        return document.pdf();
    }

    private static long count(AnnualReport report, TargetStatus status) {
        return report.targets().stream().filter(p -> p.statusIn(report.year()) == status).count();
    }

    /** Targets at risk or not achieved, and agencies that did not report: what the year's figures say went wrong. */
    private List<String> difficulties(AnnualReport report, List<String> silent, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (TargetProgress p : report.targets()) {
            TargetStatus status = p.statusIn(report.year());
            if (status == TargetStatus.AT_RISK || status == TargetStatus.NOT_ACHIEVED) {
                TargetView target = p.target();
                lines.add(t(locale, "report.official.difficulty.target", target.code(), target.name(locale),
                        Numbers.decimal(p.actualIn(report.year()), locale), target.range(locale),
                        target.unit(locale), t(locale, "plan.status." + status).toLowerCase(locale)));
            }
        }
        if (!silent.isEmpty()) {
            lines.add(t(locale, "report.official.difficulty.silent", String.join(", ", silent)));
        }
        if (lines.isEmpty()) {
            lines.add(t(locale, "report.official.difficulty.none"));
        }
        return lines;
    }

    private List<String> proposals(AnnualReport report, List<String> silent, Locale locale) {
        List<String> lines = new ArrayList<>();
        List<String> atRisk = codes(report, TargetStatus.AT_RISK, TargetStatus.NOT_ACHIEVED);
        if (!atRisk.isEmpty()) {
            lines.add(t(locale, "report.official.proposal.focus", String.valueOf(report.year() + 1),
                    String.join(", ", atRisk)));
        }
        List<String> noData = codes(report, TargetStatus.NO_DATA);
        if (!noData.isEmpty()) {
            lines.add(t(locale, "report.official.proposal.data", String.join(", ", noData)));
        }
        if (!silent.isEmpty()) {
            lines.add(t(locale, "report.official.proposal.report", String.join(", ", silent),
                    String.valueOf(report.year())));
        }
        lines.add(t(locale, "report.official.proposal.reassess"));
        return lines;
    }

    private static List<String> codes(AnnualReport report, TargetStatus... statuses) {
        List<TargetStatus> wanted = List.of(statuses);
        return report.targets().stream().filter(p -> wanted.contains(p.statusIn(report.year())))
                .map(p -> p.target().code()).toList();
    }

    private String targetsTable(AnnualReport report, Locale locale) {
        StringBuilder h = new StringBuilder("<table><tr>");
        for (String head : List.of(t(locale, "plan.target"), t(locale, "plan.period"), t(locale, "plan.target-value"),
                t(locale, "plan.actual", String.valueOf(report.year())), t(locale, "plan.status"))) {
            h.append("<th>").append(x(head)).append("</th>");
        }
        h.append("</tr>");
        for (TargetProgress p : report.targets()) {
            TargetView target = p.target();
            TargetStatus status = p.statusIn(report.year());
            h.append("<tr><td>").append(x(target.code() + " · " + target.name(locale))).append("<br/><span class=\"meta\">")
                    .append(x(target.sourceItem())).append("</span></td><td>").append(target.yearFrom()).append("–")
                    .append(target.yearTo()).append("</td><td class=\"num\">")
                    .append(x(target.range(locale) + " " + target.unit(locale))).append("</td><td class=\"num\">")
                    .append(x(Numbers.decimal(p.actualIn(report.year()), locale))).append("</td><td>")
                    .append(x(t(locale, "plan.status." + status))).append("</td></tr>");
        }
        return h.append("</table>").toString();
    }

    private String programmesTable(AnnualReport report, Locale locale) {
        StringBuilder h = new StringBuilder("<table><tr><th>").append(x(t(locale, "calls.name")))
                .append("</th><th class=\"num\">").append(x(t(locale, "report.annual.submitted")))
                .append("</th><th class=\"num\">").append(x(t(locale, "report.annual.approved")))
                .append("</th><th class=\"num\">").append(x(t(locale, "report.annual.amount"))).append("</th></tr>");
        for (ProgrammeResult p : report.programmes()) {
            h.append("<tr><td>").append(x(p.code() + " · " + p.name())).append("</td><td class=\"num\">")
                    .append(p.submitted()).append("</td><td class=\"num\">").append(p.approved())
                    .append("</td><td class=\"num\">").append(x(Numbers.decimal(p.approvedAmount(), locale)))
                    .append("</td></tr>");
        }
        return h.append("</table>").toString();
    }

    private String narratives(AnnualReport report, Locale locale) {
        StringBuilder h = new StringBuilder();
        for (AnnualReport.Narrative n : report.narratives()) {
            h.append("<p><b>").append(x(n.agency())).append("</b>: ")
                    .append(x(n.text() == null ? t(locale, "partner.not-submitted") : n.text())).append("</p>");
        }
        return h.toString();
    }

    private String figures(AnnualReport report, Locale locale) {
        StringBuilder h = new StringBuilder("<h2>").append(x(t(locale, "dashboard.funnel"))).append("</h2>");
        List<SvgCharts.Bar> funnelBars = new ArrayList<>();
        for (Object[] step : funnelSteps(report.funnel(), locale)) {
            funnelBars.add(new SvgCharts.Bar((String) step[0], (Long) step[1], "#0b6e4f",
                    Numbers.plain(BigDecimal.valueOf((Long) step[1]), locale)));
        }
        h.append(SvgCharts.bars(funnelBars, 0, t(locale, "dashboard.funnel")));
        h.append("<h2>").append(x(t(locale, "report.annual.sheet.communes"))).append("</h2>");
        areaTable(h, report.byCommune(), locale, t(locale, "dashboard.commune"));
        h.append("<h2>").append(x(t(locale, "report.annual.sheet.sectors"))).append("</h2>");
        areaTable(h, report.bySector(), locale, t(locale, "dashboard.sector"));
        return h.toString();
    }

    List<Object[]> funnelSteps(Funnel funnel, Locale locale) {
        return List.of(new Object[] {t(locale, "dashboard.funnel.assessed"), funnel.assessed()},
                new Object[] {t(locale, "dashboard.funnel.recommended"), funnel.recommended()},
                new Object[] {t(locale, "dashboard.funnel.matched"), funnel.matched()},
                new Object[] {t(locale, "dashboard.funnel.supported"), funnel.supported()},
                new Object[] {t(locale, "dashboard.funnel.reassessed"), funnel.reassessed()});
    }

    private void areaTable(StringBuilder h, List<AreaFigures> areas, Locale locale, String areaHeader) {
        h.append("<table><tr><th>").append(x(areaHeader)).append("</th><th class=\"num\">")
                .append(x(t(locale, "dashboard.enterprises"))).append("</th><th class=\"num\">")
                .append(x(t(locale, "dashboard.assessed"))).append("</th><th class=\"num\">")
                .append(x(t(locale, "dashboard.average-score"))).append("</th><th class=\"num\">")
                .append(x(t(locale, "dashboard.supported"))).append("</th></tr>");
        for (AreaFigures a : areas) {
            h.append("<tr><td>").append(x(a.name())).append("</td><td class=\"num\">").append(a.enterprises())
                    .append("</td><td class=\"num\">").append(a.assessed()).append("</td><td class=\"num\">")
                    .append(x(Numbers.score(a.averageScore(), locale))).append("</td><td class=\"num\">")
                    .append(a.supported()).append("</td></tr>");
        }
        h.append("</table>");
    }

    private void area(Sheet sheet, CellStyle bold, SpreadsheetText.Cells cells, List<AreaFigures> areas,
            Locale locale, String areaHeader) {
        header(sheet, bold, 0, t(locale, "plan.code"), areaHeader, t(locale, "dashboard.enterprises"),
                t(locale, "dashboard.assessed"), t(locale, "dashboard.average-score"), t(locale, "dashboard.supported"));
        int r = 1;
        for (AreaFigures a : areas) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(a.code());
            cells.text(row, 1, a.name());
            row.createCell(2).setCellValue(a.enterprises());
            row.createCell(3).setCellValue(a.assessed());
            if (a.averageScore() != null) {
                row.createCell(4).setCellValue(a.averageScore().doubleValue());
            }
            row.createCell(5).setCellValue(a.supported());
        }
        widths(sheet, 10, 40, 14, 14, 14, 14);
    }

    private static void title(Sheet sheet, CellStyle bold, String text) {
        Row row = sheet.createRow(0);
        row.createCell(0).setCellValue(text);
        row.getCell(0).setCellStyle(bold);
    }

    private static void header(Sheet sheet, CellStyle bold, int rowIndex, String... names) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
            row.getCell(i).setCellStyle(bold);
        }
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String x(String text) {
        return SvgCharts.xml(text);
    }
}
