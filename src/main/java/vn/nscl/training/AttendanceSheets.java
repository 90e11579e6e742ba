package vn.nscl.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.files.FileDownload;
import vn.nscl.shared.Letterhead;
import vn.nscl.shared.OfficialDocument;
import vn.nscl.shared.PdfDocuments;
import vn.nscl.shared.SpreadsheetText;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.SvgCharts;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The attendance sheet of a course: printed (PDF) for people to sign at the door, in the order they registered, or
 * as a workbook with who attended, for the officer's own records.
 */
@Service
public class AttendanceSheets {

    private static final Locale VIETNAMESE = TranslationProvider.VIETNAMESE;

    private final TrainingService training;
    private final TranslationProvider translations;
    private final Letterhead letterhead;

    AttendanceSheets(TrainingService training, TranslationProvider translations, Letterhead letterhead) {
        this.training = training;
        this.translations = translations;
        this.letterhead = letterhead;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public FileDownload pdf(long courseId) {
        CourseView course = training.course(courseId);
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"/><style>")
                .append("@page{size:A4;margin:15mm 12mm 15mm 20mm}body{font-family:'").append(PdfDocuments.FONT)
                .append("';font-size:10pt}").append(OfficialDocument.HEADER_STYLE)
                .append("h1{text-align:center;font-size:13pt;margin:8mm 0 1mm}.sub{text-align:center;margin:0 0 1mm}")
                .append("table.list{width:100%;border-collapse:collapse;margin-top:4mm;-fs-table-paginate:paginate}")
                .append("table.list td,table.list th{border:0.5pt solid #000;padding:2mm 1.5mm;vertical-align:top}")
                .append("th{background:#f2f4f7}.n{width:8mm;text-align:center}.sign{width:32mm}</style></head><body>")
                .append(OfficialDocument.header(letterhead, translations, VIETNAMESE, "", course.startsOn()))
                .append("<h1>").append(x(t("attendance.title"))).append("</h1><p class=\"sub\"><b>")
                .append(x(course.title())).append("</b></p><p class=\"sub\">").append(x(details(course)))
                .append("</p><table class=\"list\"><tr><th class=\"n\">").append(x(t("attendance.number")))
                .append("</th><th>").append(x(t("training.staff-name"))).append("</th><th>")
                .append(x(t("attendance.role"))).append("</th><th>").append(x(t("training.enterprise")))
                .append("</th><th class=\"sign\">").append(x(t("attendance.signature"))).append("</th></tr>");
        List<RegistrationView> people = training.registrations(courseId);
        for (int i = 0; i < people.size(); i++) {
            RegistrationView r = people.get(i);
            html.append("<tr><td class=\"n\">").append(i + 1).append("</td><td>").append(x(r.staffName()))
                    .append("</td><td>").append(x(r.staffRole())).append("</td><td>").append(x(r.enterpriseName()))
                    .append("</td><td></td></tr>");
        }
        html.append("</table></body></html>");
        return new FileDownload("danh-sach-tham-du-" + courseId + ".pdf", "application/pdf",
                PdfDocuments.render(html.toString()));
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public FileDownload xlsx(long courseId) {
        CourseView course = training.course(courseId);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetText.Cells cells = new SpreadsheetText.Cells(workbook);
            Sheet sheet = workbook.createSheet(t("attendance.sheet"));
            cells.header(sheet, List.of(t("attendance.number"), t("training.staff-name"), t("attendance.role"),
                    t("training.enterprise"), t("training.attended"), t("training.certificate")), 6, 30, 22, 40, 10, 26);
            int r = 1;
            for (RegistrationView person : training.registrations(courseId)) {
                Row row = sheet.createRow(r);
                cells.number(row, 0, java.math.BigDecimal.valueOf(r));
                cells.text(row, 1, person.staffName());
                cells.text(row, 2, person.staffRole() == null ? "" : person.staffRole());
                cells.text(row, 3, person.enterpriseName());
                cells.text(row, 4, t(person.attended() ? "attendance.yes" : "attendance.no"));
                cells.text(row, 5, person.certificateNumber() == null ? "" : person.certificateNumber());
                r++;
            }
            cells.text(sheet.createRow(r + 1), 1, course.title() + " · " + details(course));
            workbook.write(out);
            return new FileDownload("danh-sach-tham-du-" + courseId + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Ngày 12/12/2026, 08:00–11:30 · Hội trường Sở · Giảng viên: …" as far as the course says. */
    private String details(CourseView course) {
        StringBuilder text = new StringBuilder(Formats.date(course.startsOn()));
        if (!course.hours().isEmpty()) {
            text.append(", ").append(course.hours());
        }
        text.append(" · ").append(course.online() ? t("training.online") : course.place());
        if (course.trainer() != null) {
            text.append(" · ").append(t("certificate.trainer", course.trainer()));
        }
        return text.toString();
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, VIETNAMESE, args);
    }

    private static String x(String text) {
        return SvgCharts.xml(text);
    }
}
