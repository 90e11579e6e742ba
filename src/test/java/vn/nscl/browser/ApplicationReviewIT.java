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
 * The officers' main work in a real browser: the enterprise applies with an attachment, an officer asks for more
 * information, the enterprise resubmits, the officer approves.
 */
class ApplicationReviewIT extends BrowserTest {

    static final String PASSWORD = "nscl-demo-2026";

    void switchTo(String email) {
        closePage();
        openPage();
        logIn(email, PASSWORD);
        page.waitForURL("**/home");
    }

    Locator button(String text) {
        return page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    @Test
    void apply_ask_for_information_resubmit_approve() throws IOException {
        switchTo("enterprise@example.com");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Chương trình hỗ trợ"))
                .click();
        page.waitForURL("**/programmes");
        settle();
        button("Lập hồ sơ").click();
        page.waitForURL(Pattern.compile(".*/applications/\\d+/edit$"));
        settle();
        page.locator("#application-title input").fill("Áp dụng 5S cho kho sơ chế hồ tiêu");
        page.locator("#application-objectives textarea").fill("Sắp xếp kho, giảm thời gian tìm kiếm vật tư");
        page.locator("#application-results textarea").fill("Thời gian tìm vật tư giảm 50%, kho sạch sẽ");
        page.locator("#application-timeline textarea").fill("Tháng 1–3 đào tạo, tháng 4–6 áp dụng");
        Locator line = page.locator(".budget-editor .competence-row").first();
        line.locator("vaadin-text-field input").fill("Chuyên gia hướng dẫn 5S");
        line.locator("vaadin-big-decimal-field input").nth(0).fill("40");
        line.locator("vaadin-big-decimal-field input").nth(1).fill("20");
        Locator indicator = page.locator(".indicator-editor .competence-row").first();
        indicator.locator("vaadin-text-field input").nth(0).fill("Thời gian tìm vật tư");
        indicator.locator("vaadin-text-field input").nth(1).fill("phút");
        indicator.locator("vaadin-big-decimal-field input").nth(1).fill("5");
        settle();
        // One file in each required document's slot (the last slot, other documents, stays empty).
        Locator slots = page.locator(".document-slot");
        for (int slot = 0; slot < slots.count() - 1; slot++) {
            Path file = Files.createTempFile("tai-lieu-" + slot + "-", ".pdf");
            Files.write(file, vn.nscl.testsupport.TestFiles.pdf("tai lieu " + slot));
            page.locator(".document-slot").nth(slot).locator("vaadin-upload input[type=file]").setInputFiles(file);
            // Stored (the slot says so), not just listed by the upload: the slots are drawn again after each file.
            assertThat(page.locator(".document-slot").nth(slot).locator(".document-present")).isVisible();
            settle();
        }
        assertThat(page.getByText("Chưa có: cần tải lên trước khi nộp")).hasCount(0);
        button("Kiểm tra và nộp").click();
        confirmDialog();
        page.waitForURL(Pattern.compile(".*/applications/\\d+$"));
        settle();
        assertThat(page.getByText("Chờ thẩm định").first()).isVisible();
        Matcher id = Pattern.compile("/applications/(\\d+)$").matcher(page.url());
        org.assertj.core.api.Assertions.assertThat(id.find()).isTrue();
        String path = "/applications/" + id.group(1);

        switchTo("officer@example.com");
        page.navigate(url(path));
        settle();
        button("Đề nghị bổ sung").click();
        page.locator("vaadin-dialog-overlay vaadin-text-area textarea, vaadin-dialog vaadin-text-area textarea")
                .first().fill("Bổ sung báo giá của chuyên gia");
        page.locator("vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Đề nghị bổ sung")).last().click();
        settle();
        assertThat(page.getByText("Cần bổ sung").first()).isVisible();

        switchTo("enterprise@example.com");
        page.navigate(url(path));
        settle();
        assertThat(page.getByText("Bổ sung báo giá của chuyên gia").first()).isVisible();
        button("Sửa hồ sơ").click();
        page.waitForURL("**/edit");
        settle();
        // Coming back after a request for information, the enterprise answers it.
        page.getByLabel("Trả lời yêu cầu bổ sung của Sở").fill("Đã bổ sung báo giá của chuyên gia tư vấn");
        button("Kiểm tra và nộp").click();
        confirmDialog();
        page.waitForURL(Pattern.compile(".*/applications/\\d+$"));
        settle();
        assertThat(page.getByText("Chờ thẩm định").first()).isVisible();

        switchTo("officer@example.com");
        page.navigate(url(path));
        settle();
        button("Phê duyệt").click();
        settle();
        // Money only on a clear yes, with the unticked checklist items named and a reason to approve all the same.
        // The dialog's title is an attribute, so the dialog is found by what it says.
        Locator dialog = page.locator("vaadin-dialog-overlay, vaadin-dialog").filter(
                new Locator.FilterOptions().setHasText("Số tiền hỗ trợ:")).last();
        // The amount proposed is what the application asks (the demo's own draft for the programme may add a line).
        assertThat(dialog.getByText(Pattern.compile("Số tiền hỗ trợ: \\d+ triệu đồng"))).isVisible();
        assertThat(dialog.getByText("Danh mục kiểm tra còn 4 mục chưa đánh dấu:")).isVisible();
        dialog.locator("vaadin-text-area textarea").fill("Hội đồng đã xem hồ sơ giấy ngày 05/12");
        dialog.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Có, phê duyệt")).click();
        settle();
        assertThat(page.getByText("Được hỗ trợ").first()).isVisible();
    }
}
