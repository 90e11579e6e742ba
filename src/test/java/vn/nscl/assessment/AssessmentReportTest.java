package vn.nscl.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.testsupport.TestEnterprises;

@SpringBootTest
class AssessmentReportTest {

    @Autowired
    AssessmentResultsService results;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    TestEnterprises testEnterprises;

    @Test
    void the_pdf_report_is_in_vietnamese_with_correct_diacritics() throws IOException {
        byte[] pdf = testEnterprises.as("enterprise@example.com", () -> {
            long enterpriseId = enterprises.mine().orElseThrow().id();
            long latest = results.history(enterpriseId).getFirst().id();
            return results.pdf(latest, Locale.forLanguageTag("vi"));
        });
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Báo cáo kết quả tự đánh giá năng suất chất lượng",
                    "Hợp tác xã Hồ tiêu Vĩnh Linh", "Lãnh đạo & chiến lược năng suất", "Truy xuất nguồn gốc",
                    "Thực hành nông nghiệp tốt", "Chỉ số tổng hợp", "Điểm mạnh", "Khoảng trống lớn nhất",
                    "Quảng Trị");
        }
    }

    @Test
    void the_pdf_report_can_be_in_english() throws IOException {
        byte[] pdf = testEnterprises.as("officer@example.com", () -> {
            long enterpriseId = testEnterprises.as("enterprise@example.com", () -> enterprises.mine().orElseThrow().id());
            return results.pdf(results.history(enterpriseId).getFirst().id(), Locale.ENGLISH);
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Productivity and quality self-assessment report",
                    "Leadership");
        }
    }
}
