package vn.nscl.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import vn.nscl.security.AccountService;
import vn.nscl.security.NewAccount;
import vn.nscl.security.Role;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.MailedLinks;

/**
 * The pages reached from mailed links, as their owner uses them: confirm the address, forget and reset the password.
 * Links are read from the mail outbox, as the person would read them from their mailbox.
 */
class AccountLinksViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private String register() {
        String email = "link-" + UUID.randomUUID() + "@example.vn";
        accounts.registerSelf(new NewAccount(email, "bau-troi-xanh-ngat-2026", "Chủ hộ thử", "0905000111", "",
                Locale.forLanguageTag("vi")), Role.ENTERPRISE, List.of());
        return email;
    }

    private String linkMailedTo(String email, String route) {
        return MailedLinks.secret(jdbc, email, route);
    }

    @Test
    void the_owner_confirms_the_address_from_the_mail_once() {
        String email = register();
        String token = linkMailedTo(email, "account/confirm");

        UI.getCurrent().navigate("account/confirm", QueryParameters.of("t", token));
        ConfirmEmailView view = _get(ConfirmEmailView.class);
        assertThat(jdbc.queryForObject("select email_confirmed_at from user_account where email = ?",
                java.sql.Timestamp.class, email)).as("opening the page uses nothing up").isNull();
        view.confirm.click();
        assertThat(view.getElement().getTextRecursively()).contains("Đã xác nhận e-mail");
        assertThat(jdbc.queryForObject("select email_confirmed_at from user_account where email = ?",
                java.sql.Timestamp.class, email)).isNotNull();

        UI.getCurrent().navigate("account/confirm", QueryParameters.of("t", token));
        _get(ConfirmEmailView.class).confirm.click();
        assertThat(_get(ConfirmEmailView.class).getElement().getTextRecursively()).contains("không còn hiệu lực");
    }

    @Test
    void a_forgotten_password_is_reset_by_the_mailed_link_and_a_weak_one_does_not_use_the_link_up() {
        String email = register();
        UI.getCurrent().navigate("account/forgot");
        ForgotPasswordView forgot = _get(ForgotPasswordView.class);
        forgot.email.setValue(email);
        forgot.send.click();
        assertThat(forgot.getElement().getTextRecursively()).contains("Nếu " + email + " có tài khoản");
        String token = linkMailedTo(email, "account/reset");

        UI.getCurrent().navigate("account/reset", QueryParameters.of("t", token));
        ResetPasswordView reset = _get(ResetPasswordView.class);
        reset.password.setValue("aaaaaaaaaa");
        reset.passwordAgain.setValue("aaaaaaaaaa");
        reset.save.click();
        assertThat(reset.password.isInvalid()).isTrue();
        reset.password.setValue("nui-ban-co-may-trang-2026");
        reset.passwordAgain.setValue("nui-ban-co-may-trang-2026");
        reset.save.click();
        assertThat(reset.getElement().getTextRecursively()).contains("Đã đặt mật khẩu mới");
        assertThat(jdbc.queryForObject("select sessions_revoked_at from user_account where email = ?",
                java.sql.Timestamp.class, email)).as("every earlier session ends").isNotNull();
        assertThat(jdbc.queryForObject("select email_confirmed_at from user_account where email = ?",
                java.sql.Timestamp.class, email)).as("the link reached the address").isNotNull();

        UI.getCurrent().navigate("account/reset", QueryParameters.of("t", token));
        assertThat(_get(ResetPasswordView.class).getElement().getTextRecursively()).contains("không còn hiệu lực");
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() {
        String unknown = "khong-co-" + UUID.randomUUID() + "@example.vn";
        UI.getCurrent().navigate("account/forgot");
        ForgotPasswordView forgot = _get(ForgotPasswordView.class);
        forgot.email.setValue(unknown);
        forgot.send.click();
        assertThat(forgot.getElement().getTextRecursively()).contains("Nếu " + unknown + " có tài khoản");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class,
                unknown)).isZero();
    }

    @Test
    void a_made_up_link_is_refused_without_a_hint() {
        UI.getCurrent().navigate("account/reset", QueryParameters.of("t", "x".repeat(43)));
        assertThat(_get(ResetPasswordView.class).getElement().getTextRecursively()).contains("không còn hiệu lực");
        UI.getCurrent().navigate("account/unlock", QueryParameters.of("t", "<script>alert(1)</script>"));
        UnlockAccountView unlock = _get(UnlockAccountView.class);
        unlock.unlock.click();
        assertThat(unlock.getElement().getTextRecursively()).contains("không còn hiệu lực");
    }
}
