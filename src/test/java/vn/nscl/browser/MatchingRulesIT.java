package vn.nscl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/**
 * In a real browser, in Vietnamese: an officer adds a hard constraint to the matching rules without a release (a
 * draft, a new rule file from the template, saved and checked, a dry run); the author cannot activate it; a second
 * officer activates it, then puts the earlier version back.
 */
class MatchingRulesIT extends BrowserTest {

    private static final String RULE = """

            rule "Loại: làm tại chỗ cho doanh nghiệp dùng tiếng Pa Kô mà không nói được tiếng Pa Kô"
                when
                    $r : Request( onSite, language == "pko" )
                    $e : Candidate( !speaks($r.language) )
                then
                    ranking.exclude($e, "Làm tại chỗ ở xã dùng tiếng Pa Kô cần người nói được tiếng Pa Kô");
            end
            """;

    @Test
    void an_officer_adds_a_constraint_in_a_draft_and_a_second_officer_activates_it() {
        logIn("officer@example.com", "nscl-demo-2026");
        page.waitForURL("**/home");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Quy tắc ghép chuyên gia"))
                .click();
        page.waitForURL("**/rules/matching");
        settle();
        String active = page.locator(".rules-active").textContent();
        Matcher number = Pattern.compile("phiên bản (\\d+)").matcher(active);
        org.assertj.core.api.Assertions.assertThat(number.find()).as(active).isTrue();
        selectRow("Đang dùng");
        page.getByText("Tạo bản nháp từ phiên bản này").click();
        settle();
        confirmDialog();
        assertThat(page.locator(".version-panel h2")).containsText("Bản nháp");

        page.getByLabel("Tên tệp mới").fill("ngon-ngu-tai-cho.drl");
        page.getByText("Tạo tệp").click();
        settle();
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("matching/ngon-ngu-tai-cho.drl"))).hasCount(1);
        // Files are listed by name: constraints.drl, matching.yaml, the new file, score.drl.
        page.locator("vaadin-grid-cell-content vaadin-button").filter(new Locator.FilterOptions().setHasText("Sửa"))
                .nth(2).click();
        settle();
        Locator editor = ruleEditor();
        org.assertj.core.api.Assertions.assertThat(editorText(editor)).contains("Quy tắc ghép mới")
                .contains("package rules.matching;");
        replaceEditorText(editor, editorText(editor) + RULE);
        page.getByText("Lưu và kiểm tra").click();
        settle();
        assertThat(page.locator(".rule-problem")).hasCount(0);

        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Chạy thử")).first().click();
        settle();
        assertThat(page.locator(".rule-result")).containsText("Đã so sánh");
        assertThat(page.locator(".four-eyes-note")).isVisible();

        context.clearCookies();
        logIn("officer2@example.com", "nscl-demo-2026");
        page.waitForURL("**/home");
        page.navigate(url("/rules/matching"));
        settle();
        selectRow("Bản nháp");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Kích hoạt")).first().click();
        settle();
        answerReasonDialog("Ghép chuyên gia nói tiếng địa phương cho việc tại chỗ", "Kích hoạt");
        assertThat(page.locator(".rules-active")).containsText("Lê Văn Hùng");
        assertThat(page.locator(".rules-active")).containsText("Ghép chuyên gia nói tiếng địa phương");
        assertThat(page.locator(".rules-active")).not().containsText("phiên bản " + number.group(1) + " ");

        selectRow("Phiên bản " + number.group(1));
        page.getByText("Kích hoạt lại phiên bản này").click();
        settle();
        answerReasonDialog("Trở lại bản trước để so sánh", "Kích hoạt lại phiên bản này");
        assertThat(page.locator(".rules-active")).containsText("phiên bản " + number.group(1) + " ");
    }

    /** Shows the first version whose row holds this text (status or number). */
    private void selectRow(String text) {
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first().click();
        settle();
    }
}
