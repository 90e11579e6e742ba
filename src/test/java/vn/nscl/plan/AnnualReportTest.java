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
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Chuyên gia năng suất chất lượng được đào tạo, cấp chứng chỉ",
                    "Doanh nghiệp điển hình về năng suất chất lượng", "Hành trình doanh nghiệp",
                    "Sở Giáo dục và Đào tạo", "Theo xã, phường");
        }
    }

    /**
     * The report is an administrative document (Nghị định 30/2020): the header of agency and nation, a number left
     * for the records office, place and date, the three sections written from the year's figures, recipients and the
     * signature on a portrait first page; the tables follow as appendices. The first page is
     * rendered to target/documents/annual-report-page-1.png for people checking the layout (docs/documents/).
     */
    @Test
    void the_pdf_is_an_administrative_report_with_the_tables_as_appendices() throws Exception {
        byte[] pdf = as.as("officer@example.com", () -> reports.pdf(year(), VI));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper firstPages = new PDFTextStripper();
            firstPages.setEndPage(2);
            String front = firstPages.getText(document);
            assertThat(front).as("the number is left for the records office").containsPattern("Số:[\\s\\u00A0]+/BC-SKHCN");
            assertThat(front).contains("UBND TỈNH QUẢNG TRỊ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "/BC-SKHCN",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Trị, ngày", "BÁO CÁO",
                    "Kết quả thực hiện Kế hoạch nâng cao năng suất và chất lượng năm " + year(),
                    "I. KẾT QUẢ THỰC HIỆN NĂM " + year(), "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ",
                    "Nơi nhận:", "UBND tỉnh (để báo cáo);", "Lưu: VT, SKHCN.", "GIÁM ĐỐC");
            long inPeriod = as.as("officer@example.com", () -> plan.progress()).stream()
                    .filter(p -> p.statusIn(year()) != TargetStatus.OUT_OF_PERIOD).count();
            assertThat(front.replaceAll("\\s+", " ")).as("the results by target come from the figures")
                    .contains("Năm " + year() + " có " + inPeriod + " chỉ tiêu trong giai đoạn thực hiện");
            assertThat(front).as("the Department reports through the platform, never a partner that did not")
                    .doesNotContainPattern("Chưa nhận được báo cáo của:[^\\n]*Sở Khoa học và Công nghệ");
            var first = document.getPage(0).getMediaBox();
            assertThat(first.getHeight()).as("portrait").isGreaterThan(first.getWidth());
            PDFTextStripper all = new PDFTextStripper();
            String text = all.getText(document);
            assertThat(text).contains("PHỤ LỤC I: Chỉ tiêu kế hoạch", "PHỤ LỤC II: Kết quả các chương trình hỗ trợ",
                    "PHỤ LỤC III: Báo cáo của đơn vị phối hợp", "PHỤ LỤC IV");
            java.nio.file.Path out = java.nio.file.Path.of("target", "documents");
            java.nio.file.Files.createDirectories(out);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0,
                    80), "png", out.resolve("annual-report-page-1.png").toFile());
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
