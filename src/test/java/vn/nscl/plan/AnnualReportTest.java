package vn.nscl.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.testsupport.TestEnterprises;

/** The annual report opens in a spreadsheet and a PDF reader and holds the plan's numbers and Vietnamese names. */
@SpringBootTest
class AnnualReportTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    AnnualReportService reports;

    @Autowired
    PlanTargetService plan;

    @Autowired
    TestEnterprises as;

    @Autowired
    Clock clock;

    @Autowired
    vn.nscl.catalogue.Catalogue catalogue;

    int year() {
        return LocalDate.now(clock).getYear();
    }

    @Test
    void the_workbook_holds_every_target_with_its_actual_and_the_partner_narratives() throws Exception {
        byte[] xlsx = as.as("officer@example.com", () -> reports.xlsx(year(), VI));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet targets = workbook.getSheet("Chỉ tiêu kế hoạch");
            assertThat(targets).isNotNull();
            assertThat(targets.getRow(0).getCell(0).getStringCellValue()).contains("năm " + year());
            var progress = as.as("officer@example.com", () -> plan.progress());
            assertThat(targets.getLastRowNum()).isEqualTo(2 + progress.size());
            for (int r = 3; r <= targets.getLastRowNum(); r++) {
                Row row = targets.getRow(r);
                TargetProgress expected = progress.get(r - 3);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.target().code());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.target().nameVi());
                assertThat(row.getCell(5).getNumericCellValue())
                        .isEqualTo(expected.target().targetMin().doubleValue());
                if (expected.actualIn(year()) != null) {
                    assertThat(row.getCell(7).getNumericCellValue()).as(expected.target().code())
                            .isEqualTo(expected.actualIn(year()).doubleValue());
                }
            }
            assertThat(workbook.getSheet("Kết quả các chương trình hỗ trợ").getLastRowNum())
                    .as("a row per programme of the catalogue").isEqualTo(catalogue.programmes().size());
            assertThat(workbook.getSheet("Báo cáo của đơn vị phối hợp").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Sở Khoa học và Công nghệ");
            assertThat(workbook.getSheet("Theo xã, phường")).isNotNull();
            assertThat(workbook.getSheet("Theo ngành")).isNotNull();
        }
    }

    @Test
    void the_pdf_reads_back_with_correct_vietnamese() throws Exception {
        byte[] pdf = as.as("admin@example.com", () -> reports.pdf(year(), VI));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Báo cáo kết quả thực hiện Kế hoạch nâng cao năng suất chất lượng năm " + year(),
                    "Chuyên gia năng suất chất lượng được đào tạo, cấp chứng chỉ",
                    "Doanh nghiệp điển hình về năng suất chất lượng", "Hành trình doanh nghiệp",
                    "Sở Giáo dục và Đào tạo", "Theo xã, phường");
        }
    }

    @Test
    void only_the_departments_staff_produce_the_report_and_years_outside_the_plan_are_refused() {
        assertThatThrownBy(() -> as.run("enterprise@example.com", () -> reports.pdf(year(), VI)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("partner@example.com", () -> reports.xlsx(year(), VI)))
                .as("it quotes every agency's narrative").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("officer@example.com", () -> reports.xlsx(2031, VI)))
                .hasMessageContaining("plan.error.year");
    }
}
