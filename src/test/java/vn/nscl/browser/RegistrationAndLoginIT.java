package vn.nscl.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import jakarta.mail.internet.MimeMessage;

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
        // Typed without diacritics and by the name before 2025: the town of Hồ Xá is now Xã Vĩnh Linh.
        commune.fill("ho xa");
        Locator offered = page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions()
                .setHasText("Xã Vĩnh Linh"));
        assertThat(offered).hasCount(1);
        assertThat(offered).containsText("Trước 07/2025: Thị trấn Hồ Xá, Huyện Vĩnh Linh");
        commune.fill("cua tung");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Xã Cửa Tùng")).click();
        page.getByLabel("Người liên hệ").fill("Trần Văn Tiêu");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Số điện thoại").fill("0913 456 789");
        page.getByLabel("Mật khẩu", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("Nhập lại mật khẩu").fill(password);
        page.locator("vaadin-checkbox").click();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Đăng ký")).click();
        assertThat(page.getByText("Kiểm tra hộp thư của bạn")).isVisible();
        assertThat(page.getByText(email).first()).isVisible();
    }

    /** Opens the newest link of that route mailed to the address, as the person would from their mailbox. */
    private void followMailedLink(String email, String route) {
        String link = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> linkIn(email, route),
                java.util.Objects::nonNull);
        page.navigate(link);
        settle();
    }

    private static String linkIn(String email, String route) throws Exception {
        MimeMessage[] received = PackagedApplication.mails().getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            if (received[i].getAllRecipients()[0].toString().equals(email)) {
                Matcher link = Pattern.compile("http\\S+/" + Pattern.quote(route) + "\\?t=[A-Za-z0-9_-]+")
                        .matcher(received[i].getContent().toString());
                if (link.find()) {
                    return link.group();
                }
            }
        }
        return null;
    }

    @Test
    void an_enterprise_registers_confirms_its_address_from_the_mail_logs_out_and_logs_back_in() {
        String email = "tieusach-" + UUID.randomUUID() + "@example.vn";
        registerEnterprise(email, "bau-troi-xanh-ngat-2026");
        logIn(email, "bau-troi-xanh-ngat-2026");
        page.waitForURL("**/login?unconfirmed");
        assertThat(page.getByText("Chưa xác nhận e-mail")).isVisible();

        followMailedLink(email, "account/confirm");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Xác nhận e-mail")).click();
        assertThat(page.getByText("Đã xác nhận e-mail")).isVisible();

        logIn(email, "bau-troi-xanh-ngat-2026");
        page.waitForURL("**/home**");
        assertThat(page.getByText("Xin chào, Trần Văn Tiêu")).isVisible();
        assertThat(page.getByText("Hợp tác xã Tiêu sạch Cửa Tùng")).isVisible();

        page.locator("vaadin-menu-bar.user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item").filter(new Locator.FilterOptions().setHasText("Đăng xuất")).click();
        page.waitForURL(Pattern.compile(".*/$"));
        assertThat(page.getByText("Đăng ký chuyên gia").first()).isVisible();

        logIn(email, "bau-troi-xanh-ngat-2026");
        page.waitForURL("**/home");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Hồ sơ doanh nghiệp"))).isVisible();
        assertThat(page.getByText("Xã Cửa Tùng")).isVisible();
    }

    @Test
    void wrong_passwords_make_this_device_wait_and_a_forgotten_password_is_reset_from_the_mail() {
        String email = "khoa-" + UUID.randomUUID() + "@example.vn";
        registerEnterprise(email, "bau-troi-xanh-ngat-2026");
        followMailedLink(email, "account/confirm");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Xác nhận e-mail")).click();
        assertThat(page.getByText("Đã xác nhận e-mail")).isVisible();

        for (int attempt = 1; attempt <= 5; attempt++) {
            logIn(email, "sai-mat-khau-" + attempt);
            page.waitForURL("**/login?error");
            assertThat(page.getByText("Đăng nhập không thành công")).isVisible();
            // Only the password is retyped.
            assertThat(page.locator("vaadin-login-form input[name=username]")).hasValue(email);
        }
        logIn(email, "bau-troi-xanh-ngat-2026");
        page.waitForURL("**/login?wait=*");
        assertThat(page.getByText("Tạm dừng đăng nhập")).isVisible();

        page.getByText("Quên mật khẩu").first().click();
        page.waitForURL("**/account/forgot");
        settle();
        page.getByLabel("Email").fill(email);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Gửi liên kết"))
                .click();
        assertThat(page.getByText("có tài khoản trên NSCL Connect")).isVisible();
        followMailedLink(email, "account/reset");
        page.getByLabel("Mật khẩu mới").fill("nui-ban-co-may-trang-2026");
        page.getByLabel("Nhập lại mật khẩu").fill("nui-ban-co-may-trang-2026");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Lưu mật khẩu mới")).click();
        assertThat(page.getByText("Đã đặt mật khẩu mới")).isVisible();
    }
}
