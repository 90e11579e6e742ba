package vn.nscl.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import vn.nscl.security.Role;
import vn.nscl.testsupport.KaribuTest;

class AccountListViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_administrator_finds_accounts_by_text() {
        signInAs("admin@example.com");
        UI.getCurrent().navigate("admin/accounts");
        AccountListView view = _get(AccountListView.class);
        view.search.setValue("officer@example.com");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).email()).isEqualTo("officer@example.com");
    }

    @Test
    void the_administrator_creates_an_officer_account_in_the_dialog() {
        signInAs("admin@example.com");
        UI.getCurrent().navigate("admin/accounts");
        _get(AccountListView.class).create.click();
        String email = "canbo-" + UUID.randomUUID() + "@example.vn";
        CreateAccountDialog dialog = _get(CreateAccountDialog.class);
        dialog.email.setValue(email);
        dialog.displayName.setValue("Lê Văn Cán Bộ");
        dialog.password.setValue("so-khcn-quang-tri-2026");
        dialog.roles.setValue(EnumSet.of(Role.OFFICER));
        dialog.save.click();
        assertThat(jdbc.queryForObject("select count(*) from user_account a join user_account_role r on "
                + "r.user_account_id = a.id where a.email = ? and r.role = 'OFFICER'", Integer.class, email))
                .isEqualTo(1);
    }

    @Test
    void a_weak_initial_password_is_shown_at_its_field_and_no_account_is_created() {
        signInAs("admin@example.com");
        UI.getCurrent().navigate("admin/accounts");
        _get(AccountListView.class).create.click();
        CreateAccountDialog dialog = _get(CreateAccountDialog.class);
        String email = "yeu-" + UUID.randomUUID() + "@example.vn";
        dialog.email.setValue(email);
        dialog.displayName.setValue("Người dùng");
        dialog.password.setValue("12345678");
        dialog.roles.setValue(EnumSet.of(Role.PARTNER));
        dialog.save.click();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.");
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class, email))
                .isZero();
    }
}
