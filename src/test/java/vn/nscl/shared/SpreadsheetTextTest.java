package vn.nscl.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void text_that_could_start_a_formula_is_neutralised_in_csv_and_numbers_are_left_alone() {
        for (String formula : new String[] {"=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertThat(SpreadsheetText.safe(formula)).as(formula).startsWith("'");
        }
        assertThat(SpreadsheetText.safe("Hợp tác xã = tốt")).isEqualTo("Hợp tác xã = tốt");
        assertThat(SpreadsheetText.safe(new Object[] {"=cmd", -5, null})).containsExactly("'=cmd", -5, null);
    }

    @Test
    void a_workbook_cell_keeps_the_value_as_typed_and_is_marked_as_text() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SpreadsheetText.Cells cells = new SpreadsheetText.Cells(workbook);
            Row row = workbook.createSheet().createRow(0);
            Cell formula = cells.text(row, 0, "=HYPERLINK(\"http://x\")");
            Cell plain = cells.text(row, 1, "Cà phê Khe Sanh");
            assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}
