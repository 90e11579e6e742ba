package vn.nscl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/**
 * The second half of the core loop in a real browser: the enterprise asks for help and picks an explained
 * proposal, the expert accepts, records a visit and uploads the report, the enterprise confirms and rates.
 */
class ExpertRequestIT extends BrowserTest {

    static final String PASSWORD = "nscl-demo-2026";
    static final String EXPERT_NAME = "TS. Nguyễn Thị Thanh Hà";

    /** Another person on another device: a fresh browser context. */
    void switchTo(String email) {
        closePage();
        openPage();
        logIn(email, PASSWORD);
    }

    @Test
    void an_enterprise_gets_expert_help_from_request_to_rating() throws IOException {
        logIn("enterprise@example.com", PASSWORD);
        page.waitForURL("**/home");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Yêu cầu chuyên gia"))
                .click();
        page.waitForURL("**/requests");
        settle();
        page.getByText("Yêu cầu chuyên gia mới").first().click();
        page.waitForURL("**/requests/new");
        settle();
        page.locator("vaadin-combo-box input").first().fill("5S");
        settle();
        page.locator("vaadin-combo-box-item").first().click();
        settle();
        page.locator("vaadin-text-area textarea").first().fill("Áp dụng 5S cho kho sơ chế hồ tiêu, 15 xã viên");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Gửi yêu cầu")).click();
        page.waitForURL(Pattern.compile(".*/requests/\\d+$"));
        settle();
        Matcher id = Pattern.compile("/requests/(\\d+)$").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        String requestPath = "/requests/" + id.group(1);

        Locator card = page.locator(".match-card").filter(new Locator.FilterOptions().setHasText(EXPERT_NAME));
        assertThat(card).isVisible();
        assertThat(card.locator(".score-part").first()).containsText("Năng lực");
        assertThat(card).containsText("mức 3/3");
        card.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Chọn chuyên gia này")).click();
        settle();
        assertThat(page.getByText("Chờ chuyên gia trả lời").first()).isVisible();

        switchTo("expert@example.com");
        page.waitForURL("**/home");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Hộp yêu cầu")).click();
        page.waitForURL("**/inbox");
        settle();
        Locator offer = page.locator(".recommendation-card[data-request='" + id.group(1) + "']");
        assertThat(offer).containsText("Vì sao bạn được đề xuất");
        offer.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Nhận việc")).click();
        settle();
        page.navigate(url(requestPath));
        settle();
        assertThat(page.getByText("Liên hệ doanh nghiệp")).isVisible();
        page.locator(".visit-form vaadin-text-area textarea").fill("Khảo sát kho, đào tạo 5S cho 15 xã viên");
        page.locator(".visit-form vaadin-button").click();
        settle();
        assertThat(page.getByText("Đang thực hiện").first()).isVisible();
        Path report = Files.createTempFile("bao-cao-", ".pdf");
        Files.write(report, vn.nscl.testsupport.TestFiles.pdf("bao cao cuoi ky"));
        page.locator(".report-upload vaadin-upload input[type=file]").setInputFiles(report);
        // Choosing the file only holds it: the expert sends it, after a confirmation.
        page.getByText("Tệp đã chọn: " + report.getFileName()).first().waitFor();
        page.locator(".report-upload vaadin-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Gửi báo cáo cuối")).click();
        confirmDialog();
        page.getByText("Chờ xác nhận hoàn thành").first().waitFor();

        switchTo("enterprise@example.com");
        page.waitForURL("**/home");
        page.navigate(url(requestPath));
        settle();
        assertThat(page.getByText("Báo cáo cuối kỳ").first()).isVisible();
        page.locator(".confirm-completion vaadin-radio-button").first().click();
        page.locator(".confirm-completion vaadin-text-area textarea").fill("Chuyên gia hướng dẫn rất dễ hiểu");
        page.locator(".confirm-completion vaadin-button").click();
        settle();
        assertThat(page.getByText("Đã hoàn thành").first()).isVisible();
        assertThat(page.getByText("Chuyên gia hướng dẫn rất dễ hiểu").first()).isVisible();
    }
}
