package vn.nscl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/** The core loop's answer: after submitting, the enterprise reads what to do next and why; officers keep the rules. */
class RecommendationsIT extends BrowserTest {

    @Test
    void after_submitting_the_enterprise_sees_explained_recommendations() {
        logIn("enterprise@example.com", "nscl-demo-2026");
        page.waitForURL("**/home");
        submitQuickCheck(1);

        Locator section = page.locator("#recommendations");
        section.scrollIntoViewIfNeeded();
        assertThat(section.getByText("Việc nên làm tiếp theo")).isVisible();
        Locator cards = section.locator(".recommendation-card");
        Locator first = cards.first();
        assertThat(first.locator(".recommendation-reason")).containsText("Vì sao:");
        assertThat(first.locator(".recommendation-reason")).containsText("bạn chọn «");
        assertThat(first.locator(".recommendation-first-step")).containsText("Bước đầu tiên:");
        assertThat(first.locator(".recommendation-rule")).hasCount(0);
        assertThat(section.locator(".recommendation-card .badge").first()).isVisible();

        first.locator("vaadin-details").click();
        assertThat(first.locator(".detail-label").filter(new Locator.FilterOptions().setHasText("Thời gian")))
                .isVisible();

        Locator more = section.locator(".show-more");
        if (more.count() > 0) {
            int before = cards.count();
            more.click();
            settle();
            org.assertj.core.api.Assertions.assertThat(section.locator(".recommendation-card").count())
                    .isGreaterThan(before);
        }
        assertThat(section.getByText("Chương trình hỗ trợ bạn có thể tham gia")).isVisible();
        assertThat(section.getByText("Khuyến nghị do bộ quy tắc phiên bản")).isVisible();
    }

    @Test
    void an_officer_sees_the_line_of_a_mistake_before_anything_changes() {
        String active = startDraftAsOfficer();
        Locator editor = editFirstFile();
        int lines = editorText(editor).split("\n", -1).length;
        assertThat(editor.locator(".CodeMirror-linenumber").filter(new Locator.FilterOptions().setHasText("1"))
                .first()).isVisible();
        // Typed as an officer would, at the end of the file: a condition whose bracket is never closed.
        editor.locator(".CodeMirror-code").click();
        page.keyboard().press("Control+End");
        page.keyboard().press("Enter");
        page.keyboard().type("rule \"Hỏng: thiếu dấu ngoặc\"");
        page.keyboard().press("Enter");
        page.keyboard().type("when");
        page.keyboard().press("Enter");
        page.keyboard().type("$e : Enterprise( employees > 5");
        page.keyboard().press("Enter");
        page.keyboard().type("then");
        page.keyboard().press("Enter");
        page.keyboard().type("end");
        org.assertj.core.api.Assertions.assertThat(editorText(editor)).as("Vietnamese letters typed arrive whole")
                .contains("rule \"Hỏng: thiếu dấu ngoặc\"");
        // Saved with the keyboard, as in any editor: the text typed last reaches the server first.
        page.keyboard().press("Control+s");
        settle();
        int openedOn = lines + 3;
        Locator problem = page.locator(".rule-problem").first();
        assertThat(problem).containsText("Dòng " + openedOn);
        assertThat(problem).containsText("Thiếu dấu ')'");
        assertThat(problem.locator(".rule-problem-message")).not().containsText("mismatched");
        assertThat(editor.locator(".nscl-problem-marker")).hasCount(1);
        problem.locator(".rule-problem-line").click();
        settle();
        org.assertj.core.api.Assertions.assertThat(editor.evaluate("el => el.cm.getCursor().line + 1"))
                .as("the jump puts the cursor on the line").isEqualTo(openedOn);
        page.keyboard().press("Escape");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.activeElement.textContent"))
                .as("Tab indents, Esc leaves the editor for its buttons").asString().contains("Lưu và kiểm tra");
        // The editor's font has the Vietnamese letters, so diacritics are not drawn from another font.
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.fonts.load('16px \"NSCL Mono\"', "
                + "'ệắượ').then(faces => faces.length)")).isNotEqualTo(0);
        assertThat(page.locator(".rules-active")).hasText(active);
    }

    @Test
    void a_draft_that_breaks_an_expert_case_is_flagged_in_the_dry_run() {
        String active = startDraftAsOfficer();
        Locator editor = editFirstFile();
        String text = editorText(editor);
        org.assertj.core.api.Assertions.assertThat(text).as("the first file is agri-food.drl")
                .contains("Hồ tiêu Quảng Trị: áp dụng quy chuẩn kỹ thuật địa phương");
        replaceEditorText(editor, text.replace("Enterprise( pepper, crops || foodProcessing || trade )",
                "Enterprise( pepper, ocopStars > 5, crops || foodProcessing || trade )"));
        page.getByText("Lưu và kiểm tra").click();
        settle();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Chạy thử")).first().click();
        settle();
        assertThat(page.locator(".cases-summary.cases-broken")).isVisible();
        assertThat(page.locator(".broken-cases")).isVisible();
        assertThat(page.locator(".broken-cases vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("hồ tiêu")).first()).isVisible();
        assertThat(page.locator(".rules-active")).hasText(active);
    }

    @Test
    void on_a_phone_vietnamese_typed_into_the_rule_editor_arrives_whole() {
        usePhone();
        logIn("officer@example.com", "nscl-demo-2026");
        page.waitForURL("**/home");
        page.navigate(url("/rules"));
        settle();
        draftFromVersionInUse();
        Locator editor = editFirstFile();
        String before = editorText(editor);
        editor.locator(".CodeMirror-code").tap();
        page.keyboard().press("Control+End");
        page.keyboard().press("Enter");
        page.keyboard().type("// Ghi chú: hộ kinh doanh ở Hướng Hóa, Đắk Rông");
        page.keyboard().press("Control+s");
        settle();
        org.assertj.core.api.Assertions.assertThat(editorText(editor)).startsWith(before)
                .endsWith("// Ghi chú: hộ kinh doanh ở Hướng Hóa, Đắk Rông");
        assertThat(page.locator(".rule-problem")).hasCount(0);
    }

    /** Signs in as an officer, opens the rules and makes a draft of the version in use; returns the active line. */
    private String startDraftAsOfficer() {
        logIn("officer@example.com", "nscl-demo-2026");
        page.waitForURL("**/home");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Quy tắc khuyến nghị"))
                .click();
        page.waitForURL("**/rules");
        settle();
        assertThat(page.getByText("Đang dùng: phiên bản").first()).isVisible();
        String active = page.locator(".rules-active").textContent();
        draftFromVersionInUse();
        assertThat(page.locator(".version-panel h2")).containsText("Bản nháp");
        return active;
    }

    /** On the rules screen: makes a draft of the version in use. */
    private void draftFromVersionInUse() {
        Locator newDraft = page.getByText("Tạo bản nháp từ phiên bản này");
        if (newDraft.count() == 0) {
            // An earlier run left a draft selected: start from the version in use.
            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Đang dùng"))
                    .first().click();
            settle();
        }
        page.getByText("Tạo bản nháp từ phiên bản này").click();
        settle();
        confirmDialog();
    }

    private Locator editFirstFile() {
        page.locator("vaadin-grid-cell-content vaadin-button").filter(new Locator.FilterOptions().setHasText("Sửa"))
                .first().click();
        settle();
        return ruleEditor();
    }
}
