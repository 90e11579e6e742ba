package vn.nscl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

class RegistrationAndLoginIT extends BrowserTest {

    private void registerEnterprise(String email, String password) {
        page.navigate(url("/"));
        page.getByText("Đăng ký doanh nghiệp").first().click();
        page.waitForURL("**/register/enterprise");
        settle();
        page.getByLabel("Tên doanh nghiệp, hợp tác xã hoặc hộ kinh doanh").fill("Hợp tác xã Tiêu sạch Cửa Tùng");
        page.getByLabel("Mã số doanh nghiệp").fill(String.valueOf(3_500_000_000L + (long) (Math.random() * 9e7)));
        page.getByText("Hợp tác xã", new com.microsoft.playwright.Page.GetByTextOptions().setExact(true)).click();
        Locator commune = page.locator("vaadin-combo-box input");
        commune.fill("Cửa Tùng");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Xã Cửa Tùng")).click();
        page.getByLabel("Người liên hệ").fill("Trần Văn Tiêu");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Số điện thoại").fill("0913 456 789");
        page.getByLabel("Mật khẩu", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("Nhập lại mật khẩu").fill(password);
        page.locator("vaadin-checkbox").click();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Đăng ký")).click();
        page.waitForURL("**/home**");
    }

    @Test
    void an_enterprise_registers_in_vietnamese_logs_out_and_logs_back_in_to_its_home_page() {
        String email = "tieusach-" + UUID.randomUUID() + "@example.vn";
        registerEnterprise(email, "tieu-cua-tung-2026");
        assertThat(page.getByText("Xin chào, Trần Văn Tiêu")).isVisible();
        assertThat(page.getByText("Hợp tác xã Tiêu sạch Cửa Tùng")).isVisible();

        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText("Đăng xuất")).click();
        page.waitForURL(Pattern.compile(".*/$"));
        assertThat(page.getByText("Đăng ký chuyên gia").first()).isVisible();

        logIn(email, "tieu-cua-tung-2026");
        page.waitForURL("**/home");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Hồ sơ doanh nghiệp"))).isVisible();
        assertThat(page.getByText("Xã Cửa Tùng")).isVisible();
    }

    @Test
    void five_wrong_passwords_lock_the_account_and_the_login_page_says_so() {
        String email = "khoa-" + UUID.randomUUID() + "@example.vn";
        registerEnterprise(email, "mat-khau-dung-2026");
        context.clearCookies();

        for (int attempt = 1; attempt <= 4; attempt++) {
            logIn(email, "sai-mat-khau-" + attempt);
            page.waitForURL("**/login?error");
            assertThat(page.getByText("Email hoặc mật khẩu không đúng")).isVisible();
        }
        logIn(email, "sai-mat-khau-5");
        page.waitForURL("**/login?locked");
        assertThat(page.getByText("Tài khoản đang tạm khóa")).isVisible();

        logIn(email, "mat-khau-dung-2026");
        page.waitForURL("**/login?locked");
        assertThat(page.getByText("15 phút").first()).isVisible();
    }
}
