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
    void a_wrong_password_says_so_and_warns_about_the_lock() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getTitle()).isEqualTo("Email hoặc mật khẩu không đúng");
        assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getMessage()).contains("5 lần", "15 phút");
    }

    @Test
    void a_locked_account_is_told_for_how_long() {
        UI.getCurrent().navigate("login", QueryParameters.of("locked", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getTitle()).isEqualTo("Tài khoản đang tạm khóa");
        assertThat(_get(LoginView.class).shownTexts.getErrorMessage().getMessage()).contains("15 phút", "5 lần");
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
