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
        submitQuickCheck(2);

        assertThat(page.locator(".stat-label").filter(new Locator.FilterOptions().setHasText("Chỉ số tổng hợp"))).isVisible();
        assertThat(page.locator(".stat-value").filter(new Locator.FilterOptions().setHasText("50/100"))).isVisible();
        assertThat(page.locator(".stat-value").filter(new Locator.FilterOptions().setHasText("2 · Đang triển khai")))
                .isVisible();
        assertThat(page.locator("svg[role=img]").first()).isVisible();

        Download report = page.waitForDownload(() -> page.getByText("Tải báo cáo PDF").click());
        assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText("Điểm theo từng khía cạnh"))).isVisible();
        org.assertj.core.api.Assertions.assertThat(report.suggestedFilename()).endsWith(".pdf");
    }
}
