package vn.nscl.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/**
 * The lists an officer and an administrator open are read a page at a time from the database: in Chromium each
 * still shows its rows, sorts and filters (the review queue, the experts, the request desk, the audit log).
 */
class OfficerListsIT extends BrowserTest {

    @Test
    void an_officer_pages_through_the_review_queue_the_experts_and_the_request_desk() {
        logIn("officer@example.com", "nscl-demo-2026");
        page.waitForURL("**/home");

        page.navigate(url("/applications/review"));
        settle();
        Locator cells = page.locator("vaadin-grid-cell-content");
        cells.filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("\\d{2}/\\d{2}/\\d{4}")))
                .first().waitFor();
        page.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText("Đề nghị")).click();
        settle();
        assertThat(cells.filter(new Locator.FilterOptions().setHasText(
                java.util.regex.Pattern.compile("\\d{2}/\\d{2}/\\d{4}"))).count()).isPositive();

        page.navigate(url("/experts"));
        settle();
        // On PostgreSQL the browser tests share the database with the other tests: rows, not particular names.
        page.getByText("cần xem xét").first().waitFor();
        page.locator("vaadin-grid-cell-content .badge").first().waitFor();

        page.navigate(url("/requests/desk"));
        settle();
        page.locator(".request-list .request-card").first().waitFor();
        assertThat(page.locator(".request-list .request-card").first().locator("[class*='request-status-']").first()
                .getAttribute("class"))
                .as("only the waiting states are chosen at first")
                .containsPattern("request-status-(open|awaiting_officer|offered|no_match)");
    }

    @Test
    void an_administrator_searches_the_audit_log_for_a_text() {
        logIn("admin@example.com", "nscl-demo-2026");
        page.waitForURL("**/home");
        page.navigate(url("/admin/audit"));
        settle();
        page.locator("vaadin-text-field input").first().fill("officer@example.com");
        settle();
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("officer@example.com")).first().waitFor();
    }
}
