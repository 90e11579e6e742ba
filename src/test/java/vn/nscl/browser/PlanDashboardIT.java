package vn.nscl.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;

/**
 * An officer opens the plan dashboard in Chromium, reads the targets and charts, and downloads the annual report as
 * a workbook and as a PDF; the files open and hold the plan's Vietnamese names.
 */
class PlanDashboardIT extends BrowserTest {

    @Test
    void an_officer_reads_the_dashboard_and_downloads_the_annual_report() throws Exception {
        logIn("officer@example.com", "nscl-demo-2026");
        page.waitForURL("**/home");
        page.navigate(url("/plan/dashboard"));
        settle();
        page.getByText("Chỉ tiêu qua các năm").waitFor();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("T-2025-a")).count()).isPositive();
        assertThat(page.locator(".chart-card svg").count()).isGreaterThanOrEqualTo(4);
        // All ten years fit on a 1280 px screen: the last one, 2030, is not cut off.
        var lastYear = page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator
                .FilterOptions().setHasText(java.util.regex.Pattern.compile("^2030$"))).first().boundingBox();
        assertThat(lastYear.x + lastYear.width).as("2030 within the window").isLessThanOrEqualTo(1280);
        assertThat(page.locator(".stat-tile").first().textContent()).matches("(?s).*\\d.*");

        // The report is made in the background; its link appears once it is ready.
        page.locator(".report-pdf vaadin-button").click();
        Download pdf = page.waitForDownload(() -> page.locator(".report-pdf a.download-link").click());
        Path pdfFile = pdf.path();
        assertThat(pdf.suggestedFilename()).matches("bao-cao-nam-\\d{4}\\.pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdfFile))) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("BÁO CÁO",
                    "Kết quả thực hiện Kế hoạch nâng cao năng suất", "Chuyên gia năng suất chất lượng được đào tạo",
                    "Quảng Trị, ngày");
        }
        page.locator(".report-xlsx vaadin-button").click();
        Download xlsx = page.waitForDownload(() -> page.locator(".report-xlsx a.download-link").click());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx.path()))) {
            assertThat(workbook.getSheet("Chỉ tiêu kế hoạch").getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("T-2025-a");
        }
    }
}
