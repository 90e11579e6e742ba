package vn.nscl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

/** An enterprise does the quick check from login to its results, in Vietnamese, and downloads the report. */
class QuickCheckIT extends BrowserTest {

    @Test
    void the_demo_cooperative_fills_in_the_quick_check_and_sees_its_results() {
        logIn("enterprise@example.com", "nscl-demo-2026");
        page.waitForURL("**/home");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Tự đánh giá")).click();
        page.waitForURL("**/assessment");
        settle();
        Locator start = page.locator("#start-quick");
        if (start.count() > 0) {
            start.click();
        } else {
            page.getByText("Làm tiếp").click();
        }
        page.waitForURL("**/fill");
        settle();

        while (page.locator(".question-card").count() > 0) {
            int cards = page.locator(".question-card").count();
            for (int i = 0; i < cards; i++) {
                page.locator(".question-card").nth(i).locator("vaadin-radio-button").nth(2).click();
                settle();
            }
            page.getByText("Tiếp theo").click();
            settle();
        }
        assertThat(page.getByText("Chỉ số năng suất").first()).isVisible();
        page.getByText("Tiếp theo").click();
        settle();

        assertThat(page.getByText("Xem lại và gửi").first()).isVisible();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Gửi bài đánh giá")).first().click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], "
                + "vaadin-confirm-dialog vaadin-button[slot=confirm-button]").first().click();
        page.waitForURL("**/results");
        settle();

        assertThat(page.getByText("Chỉ số tổng hợp")).isVisible();
        assertThat(page.getByText("50/100")).isVisible();
        assertThat(page.getByText("2 · Đang triển khai")).isVisible();
        assertThat(page.locator("svg[role=img]").first()).isVisible();

        Download report = page.waitForDownload(() -> page.getByText("Tải báo cáo PDF").click());
        assertThat(page.getByText("Điểm theo từng khía cạnh")).isVisible();
        org.assertj.core.api.Assertions.assertThat(report.suggestedFilename()).endsWith(".pdf");
    }
}
