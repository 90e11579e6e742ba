package vn.nscl.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;

/**
 * axe-core (Deque's accessibility engine) on every page of every role, as a user reaches them: no violation of
 * serious or critical impact, and none about landmarks or headings, whatever their impact. Checked at a desktop's
 * and at a phone's width.
 */
class AccessibilityIT extends BrowserTest {

    private static final String PASSWORD = "nscl-demo-2026";
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    /** Landmark and heading rules fail the check whatever impact axe gives them. */
    private static final Set<String> STRUCTURE_RULES = Set.of("region", "landmark-one-main", "landmark-unique",
            "landmark-no-duplicate-main", "landmark-main-is-top-level", "landmark-banner-is-top-level",
            "landmark-contentinfo-is-top-level", "landmark-complementary-is-top-level", "page-has-heading-one",
            "heading-order", "empty-heading", "bypass");

    static final int PHONE_WIDTH = 360;

    private final List<String> problems = new ArrayList<>();
    private int pagesChecked;
    private int violationsSeen;

    private void check(String path) {
        page.navigate(url("/" + path));
        page.locator("body").waitFor();
        settle();
        // Vaadin's own connection indicator (shown only when the server is unreachable) is not page content.
        AxeResults results = new AxeBuilder(page).withTags(TAGS).exclude("vaadin-connection-indicator").analyze();
        pagesChecked++;
        for (Rule rule : results.getViolations()) {
            violationsSeen++;
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())
                    || STRUCTURE_RULES.contains(rule.getId())) {
                problems.add(path + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getNodes().stream()
                        .limit(3).map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
    }

    /**
     * At a phone's width nothing may stick out sideways: the page must not scroll horizontally (a wide table scrolls
     * inside its own box). Names the widest elements that stick out, to find the culprit.
     */
    private void checkFitsPhone(String path) {
        Object wider = page.evaluate("""
                () => {
                  const width = document.documentElement.clientWidth;
                  // Inside these, content may be wider than the screen: they scroll it themselves.
                  const scrolls = e => e.closest('vaadin-grid, vaadin-virtual-list, vaadin-scroller, pre');
                  const shown = e => { const s = getComputedStyle(e); return s.display !== 'none'
                      && s.visibility !== 'hidden' && e.getClientRects().length > 0; };
                  const out = [];
                  for (const e of document.querySelectorAll('body *')) {
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.right > width + 1 && r.left < width && shown(e)
                        && !scrolls(e.parentElement || e)) {
                      const text = (e.textContent || '').trim().slice(0, 30);
                      out.push(e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className.trim()
                        ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' in '
                        + (e.parentElement ? e.parentElement.tagName.toLowerCase() : '-')
                        + (text ? ' "' + text + '"' : '') + ' → ' + Math.round(r.right));
                    }
                  }
                  return out.length === 0 ? null : out.slice(0, 6).join(', ');
                }""");
        if (wider != null) {
            problems.add(path + " at " + PHONE_WIDTH + " px: " + wider);
        }
    }

    private void report() {
        System.out.println("axe: " + pagesChecked + " pages, " + violationsSeen + " violations of any impact, "
                + problems.size() + " serious/critical or structural");
        problems.forEach(p -> System.out.println("axe: " + p));
        assertThat(problems).isEmpty();
    }

    @Test
    void public_pages() {
        for (String path : List.of("", "login", "register/enterprise", "register/expert", "account/forgot",
                "showcase")) {
            check(path);
        }
        report();
    }

    static final List<String> ENTERPRISE_PAGES = List.of("home", "enterprise/profile", "enterprise/people",
            "assessment", "recommendations", "requests", "requests/new", "programmes", "applications", "training",
            "notifications", "account/password", "account/email");

    @Test
    void enterprise_pages() {
        logIn("enterprise@example.com", PASSWORD);
        page.waitForURL("**/home**");
        for (String path : ENTERPRISE_PAGES) {
            check(path);
        }
        report();
    }

    @Test
    void enterprise_pages_at_a_phones_width() {
        page.setViewportSize(PHONE_WIDTH, 780);
        logIn("enterprise@example.com", PASSWORD);
        page.waitForURL("**/home**");
        page.navigate(url("/assessment"));
        // The latest results too (their dimension names used to be cut on a phone), opened from the history.
        page.locator("vaadin-button:has-text('Xem kết quả')").first().click();
        page.waitForURL("**/results");
        String results = java.net.URI.create(page.url()).getPath().replaceFirst("^/", "");
        for (String path : java.util.stream.Stream.concat(ENTERPRISE_PAGES.stream(), java.util.stream.Stream.of(
                results)).toList()) {
            check(path);
            checkFitsPhone(path);
            // For people reviewing the layout: target/screenshots/phone-<page>.png (whole page).
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true).setPath(
                    java.nio.file.Path.of("target", "screenshots", "phone-" + path.replace('/', '-') + ".png")));
        }
        report();
    }

    @Test
    void officer_pages() {
        logIn("officer@example.com", PASSWORD);
        page.waitForURL("**/home**");
        for (String path : List.of("home", "enterprises", "experts", "requests/desk", "applications/review",
                "programmes/calls", "rules", "rules/matching", "training", "plan/dashboard", "plan/targets",
                "plan/partners", "notifications")) {
            check(path);
        }
        report();
    }

    /** The rules screens on an officer's phone: the version list, the editor's buttons and the problems fit. */
    @Test
    void officer_rules_pages_at_a_phones_width() {
        page.setViewportSize(PHONE_WIDTH, 780);
        logIn("officer@example.com", PASSWORD);
        page.waitForURL("**/home**");
        for (String path : List.of("rules", "rules/matching")) {
            check(path);
            checkFitsPhone(path);
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setFullPage(true).setPath(
                    java.nio.file.Path.of("target", "screenshots", "phone-" + path.replace('/', '-') + ".png")));
        }
        report();
    }

    @Test
    void expert_partner_and_administrator_pages() {
        logIn("expert@example.com", PASSWORD);
        page.waitForURL("**/home**");
        for (String path : List.of("home", "expert/profile", "inbox")) {
            check(path);
        }
        context.clearCookies();
        logIn("partner@example.com", PASSWORD);
        page.waitForURL("**/home**");
        for (String path : List.of("home", "plan/partners", "plan/dashboard")) {
            check(path);
        }
        context.clearCookies();
        logIn("admin@example.com", PASSWORD);
        page.waitForURL("**/home**");
        for (String path : List.of("home", "admin/accounts", "admin/audit", "admin/mails")) {
            check(path);
        }
        report();
    }
}
