package vn.nscl.shared;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
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

        public Cells(Workbook workbook) {
            this.workbook = workbook;
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
