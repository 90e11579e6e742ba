package vn.nscl.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text written into a CSV or a workbook that a spreadsheet must never take for a formula: a value that starts with
 * {@code = + - @}, a tab or a carriage return (a name typed as {@code =HYPERLINK(...)}, say). In CSV it gets a leading
 * apostrophe; in a workbook the cell is marked as quoted text, so the value stays exactly as typed.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** A CSV field: neutralised when it could start a formula. */
    public static String safe(String value) {
        return looksLikeFormula(value) ? "'" + value : value;
    }

    /** A CSV record: its text values neutralised, numbers and the rest as they are. */
    public static Object[] safe(Object[] values) {
        return Arrays.stream(values).map(v -> v instanceof String text ? safe(text) : v).toArray();
    }

    /** Text cells of one workbook, marked as quoted text where they could start a formula. */
    public static final class Cells {

        private final Workbook workbook;
        private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();
        private CellStyle dateStyle;
        private CellStyle numberStyle;
        private CellStyle headerStyle;

        public Cells(Workbook workbook) {
            this.workbook = workbook;
        }

        /**
         * The header row in bold, kept in view while scrolling, each column as wide as the given number of
         * characters (a reader should not have to widen columns to read them).
         */
        public void header(Sheet sheet, List<String> titles, int... widths) {
            if (headerStyle == null) {
                Font bold = workbook.createFont();
                bold.setBold(true);
                headerStyle = workbook.createCellStyle();
                headerStyle.setFont(bold);
                headerStyle.setWrapText(true);
            }
            Row row = sheet.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                text(row, i, titles.get(i)).setCellStyle(headerStyle);
                sheet.setColumnWidth(i, Math.min(255, i < widths.length ? widths[i] : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        /** A real date cell shown as 06/12/2026 (sortable and filterable in a spreadsheet); empty when null. */
        public void date(Row row, int column, LocalDate day) {
            if (day == null) {
                return;
            }
            if (dateStyle == null) {
                dateStyle = workbook.createCellStyle();
                dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(day);
            cell.setCellStyle(dateStyle);
        }

        /** A number cell with thousands grouped and up to two decimals (the reader's spreadsheet localises them). */
        public void number(Row row, int column, BigDecimal value) {
            if (value == null) {
                return;
            }
            if (numberStyle == null) {
                numberStyle = workbook.createCellStyle();
                numberStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.##"));
            }
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(numberStyle);
        }

        /** Writes {@code value} as text into the row's cell {@code column} and returns the cell. */
        public Cell text(Row row, int column, String value) {
            Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
            cell.setCellValue(value == null ? "" : value);
            if (looksLikeFormula(value)) {
                cell.setCellStyle(quoted.computeIfAbsent(cell.getCellStyle(), style -> {
                    CellStyle copy = workbook.createCellStyle();
                    copy.cloneStyleFrom(style);
                    copy.setQuotePrefixed(true);
                    return copy;
                }));
            }
            return cell;
        }
    }
}
