package vn.nscl.browser;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * End-to-end tests in the system's headless Chromium (never a downloaded one) against the packaged application
 * ({@link PackagedApplication}). Run by failsafe after {@code package}; see README.
 */
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        // As long as actions may take (the context's default below): on a busy 2-core machine a server round trip
        // after the first page of a fresh JVM can exceed Playwright's 5 s default, which made checks flaky.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** What the browser refused under the content security policy: every page must work under it. */
    private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        policyViolations.clear();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                policyViolations.add(message.text());
            }
        });
    }

    /** From here on the test is an Android phone (its user agent, 360 px, touch), as officers in the field use. */
    protected void usePhone() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(360, 800)
                .setIsMobile(true).setHasTouch(true).setUserAgent("Mozilla/5.0 (Linux; Android 14; SM-A155F) "
                        + "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
        org.assertj.core.api.Assertions.assertThat(policyViolations).as("content security policy violations")
                .isEmpty();
    }

    protected String url(String path) {
        return PackagedApplication.baseUrl() + path;
    }

    /** Waits until Vaadin has finished the round trip started by the last action. */
    protected void settle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients "
                + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    protected void logIn(String email, String password) {
        logInAt(PackagedApplication.baseUrl(), email, password);
    }

    /** Signs in on the application at {@code baseUrl} (a proxy in front of several instances, say). */
    protected void logInAt(String baseUrl, String email, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[theme~=submit]").click();
    }

    /**
     * Signed in as an enterprise: starts (or resumes) the quick check, answers every question with the level at the
     * given position (0 = "not applied" … 4), goes through the indicators and submits; ends on the results page.
     */
    protected void submitQuickCheck(int level) {
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
                page.locator(".question-card").nth(i).locator("vaadin-radio-button").nth(level).click();
                settle();
            }
            page.getByText("Tiếp theo").click();
            settle();
        }
        page.getByText("Chỉ số năng suất").first().waitFor();
        page.getByText("Tiếp theo").click();
        settle();
        page.getByText("Xem lại và gửi").first().waitFor();
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Gửi bài đánh giá")).first().click();
        confirmDialog();
        page.waitForURL("**/results");
        settle();
    }

    /** The rule editor on the page, once CodeMirror has started inside it. */
    protected Locator ruleEditor() {
        Locator editor = page.locator("nscl-code-editor.rule-editor");
        editor.locator(".CodeMirror").waitFor();
        return editor;
    }

    protected String editorText(Locator editor) {
        return (String) editor.evaluate("el => el.value");
    }

    /** Replaces the editor's text as a paste would: the editor keeps the focus, so leaving it sends the text. */
    protected void replaceEditorText(Locator editor, String text) {
        editor.evaluate("(el, text) => { el.cm.focus(); el.cm.setValue(text); }", text);
    }

    /** Answers the note or reason dialog and confirms it with its button. */
    protected void answerReasonDialog(String text, String confirm) {
        page.locator("vaadin-dialog-overlay vaadin-text-area textarea, vaadin-dialog vaadin-text-area textarea")
                .first().fill(text);
        page.locator("vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button")
                .filter(new Locator.FilterOptions().setHasText(confirm)).last().click();
        settle();
    }

    protected void confirmDialog() {
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], "
                + "vaadin-confirm-dialog vaadin-button[slot=confirm-button]").first().click();
        settle();
    }
}
