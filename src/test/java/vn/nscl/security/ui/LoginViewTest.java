package vn.nscl.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import vn.nscl.testsupport.KaribuTest;

class LoginViewTest extends KaribuTest {

    @Test
    void the_login_form_speaks_vietnamese() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(_get(LoginView.class).shownTexts.getForm().getTitle()).isEqualTo("Đăng nhập");
        assertThat(_get(LoginView.class).shownTexts.getForm().getUsername()).isEqualTo("Email");
        assertThat(_get(LoginView.class).shownTexts.getForm().getPassword()).isEqualTo("Mật khẩu");
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
    }

    @Test
    void a_wrong_password_an_unknown_email_and_a_locked_account_get_one_answer() {
        for (String outcome : new String[] {"error", "locked"}) {
            UI.getCurrent().navigate("login", QueryParameters.of(outcome, ""));
            LoginForm form = _get(LoginForm.class);
            assertThat(form.isError()).isTrue();
            assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getTitle())
                    .isEqualTo("Đăng nhập không thành công");
            assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getMessage())
                    .contains("E-mail hoặc mật khẩu không đúng").doesNotContain("15 phút");
        }
    }

    @Test
    void an_address_that_tried_too_often_is_told_how_long_to_wait_and_nothing_else() {
        UI.getCurrent().navigate("login", QueryParameters.of("wait", "4"));
        assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getMessage()).contains("khoảng 4 phút");
        UI.getCurrent().navigate("login", QueryParameters.of("wait", "<script>"));
        assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getMessage()).contains("khoảng 1 phút")
                .doesNotContain("<script>");
    }

    @Test
    void after_a_failed_sign_in_the_form_shows_the_address_typed_and_a_fresh_visit_does_not() {
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession()
                .setAttribute("nscl.login.last-email", "htx.camlo@example.vn");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginView.class).typedEmail).isEqualTo("htx.camlo@example.vn");
        UI.getCurrent().navigate("home");
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginView.class).typedEmail).as("only right after a failure").isEmpty();
    }

    @Test
    void an_unconfirmed_address_is_told_to_open_the_confirmation_mail() {
        UI.getCurrent().navigate("login", QueryParameters.of("unconfirmed", ""));
        assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getMessage()).contains("xác nhận");
    }

    @Test
    void the_forgot_password_button_leads_to_the_reset_page() {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        com.vaadin.flow.component.ComponentUtil.fireEvent(form, new com.vaadin.flow.component.login.AbstractLogin
                .ForgotPasswordEvent(form, true));
        assertThat(_get(ForgotPasswordView.class)).isNotNull();
    }

    @Test
    void a_disabled_account_is_told_to_contact_the_department() {
        UI.getCurrent().navigate("login", QueryParameters.of("disabled", ""));
        assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getMessage()).contains("Sở Khoa học và Công nghệ");
    }

    @Test
    void a_signed_in_user_opening_the_login_page_goes_home() {
        signInAs("officer@example.com");
        UI.getCurrent().navigate("login");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isNotInstanceOf(LoginView.class);
    }
}
