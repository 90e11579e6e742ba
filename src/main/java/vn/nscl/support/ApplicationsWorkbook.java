package vn.nscl.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.SpreadsheetText;
import vn.nscl.shared.ui.Formats;
import vn.nscl.shared.ui.TranslationProvider;

/**
 * The review queue as a workbook officers read and sort: names instead of codes (commune, sector, programme, status
 * in Vietnamese), real date and number cells, columns wide enough to read, the header kept in view.
 */
@Component
class ApplicationsWorkbook {

    private static final Locale VIETNAMESE = TranslationProvider.VIETNAMESE;
    private static final List<String> HEADERS = List.of("Số hồ sơ", "Doanh nghiệp", "Xã/phường", "Ngành",
            "Chương trình", "Tên dự án", "Trạng thái", "Ngày nộp", "Đề nghị hỗ trợ (triệu đồng)",
            "Đối ứng (triệu đồng)", "Được duyệt (triệu đồng)");
    private static final int[] WIDTHS = {10, 36, 22, 30, 40, 44, 22, 12, 16, 14, 14};

    private final ReferenceData reference;
    private final TranslationProvider translations;

    ApplicationsWorkbook(ReferenceData reference, TranslationProvider translations) {
        this.reference = reference;
        this.translations = translations;
    }

    byte[] write(List<ApplicationRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SpreadsheetText.Cells cells = new SpreadsheetText.Cells(workbook);
            Sheet sheet = workbook.createSheet("Hồ sơ");
            cells.header(sheet, HEADERS, WIDTHS);
            int r = 1;
            for (ApplicationRow a : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(a.id());
                cells.text(row, 1, a.applicantName());
                cells.text(row, 2, reference.communeName(a.communeCode()));
                cells.text(row, 3, a.sectorCode() == null ? ""
                        : reference.sector(a.sectorCode()).map(s -> s.name(VIETNAMESE)).orElse(a.sectorCode()));
                cells.text(row, 4, a.programmeName());
                cells.text(row, 5, a.title());
                cells.text(row, 6, translations.getTranslation("application.status." + a.status().name(),
                        VIETNAMESE));
                cells.date(row, 7, a.submittedAt() == null ? null : Formats.day(a.submittedAt()));
                cells.number(row, 8, a.requestedTotal());
                cells.number(row, 9, a.ownTotal());
                cells.number(row, 10, a.approvedAmount());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
