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
import vn.nscl.testsupport.MailedLinks;

class AccountListViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    vn.nscl.security.AccountService accounts;

    @Autowired
    vn.nscl.testsupport.TestEnterprises as;

    @Test
    void the_administrator_finds_accounts_by_text() {
        signInAs("admin@example.com");
        UI.getCurrent().navigate("admin/accounts");
        AccountListView view = _get(AccountListView.class);
        view.search.setValue("officer@example.com");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).email()).isEqualTo("officer@example.com");
    }

    private String linkMailedTo(String email, String route) {
        return MailedLinks.secret(jdbc, email, route);
    }

    @Test
    void the_administrator_invites_an_officer_who_sets_their_own_password_from_the_mail() {
        signInAs("admin@example.com");
        UI.getCurrent().navigate("admin/accounts");
        _get(AccountListView.class).create.click();
        String email = "canbo-" + UUID.randomUUID() + "@example.vn";
        CreateAccountDialog dialog = _get(CreateAccountDialog.class);
        assertThat(dialog.getElement().getTextRecursively()).as("nobody types a password for someone else")
                .contains("thư mời để tự đặt mật khẩu");
        dialog.email.setValue(email);
        dialog.displayName.setValue("Lê Văn Cán Bộ");
        dialog.phone.setValue("0233 3852 123");
        dialog.roles.setValue(EnumSet.of(Role.OFFICER));
        dialog.save.click();
        assertThat(jdbc.queryForObject("select count(*) from user_account a join user_account_role r on "
                + "r.user_account_id = a.id where a.email = ? and r.role = 'OFFICER'", Integer.class, email))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select email_confirmed_at from user_account where email = ?",
                java.sql.Timestamp.class, email)).as("cannot sign in before setting a password").isNull();

        accounts.resetPassword(linkMailedTo(email, "account/reset"), "so-khcn-quang-tri-2026");
        assertThat(jdbc.queryForObject("select email_confirmed_at from user_account where email = ?",
                java.sql.Timestamp.class, email)).isNotNull();
    }

    @Test
    void disabling_asks_why_and_a_reset_link_goes_to_the_person_not_the_administrator() {
        String email = "doitac-" + UUID.randomUUID() + "@example.vn";
        long id = as.as("admin@example.com", () -> accounts.invite(new vn.nscl.security.NewAccount(email, null,
                "Phòng Kinh tế xã", "", "UBND xã Cam Lộ", java.util.Locale.forLanguageTag("vi")),
                EnumSet.of(Role.PARTNER)));
        accounts.resetPassword(linkMailedTo(email, "account/reset"), "mua-xuan-tren-song-2026");
        signInAs("admin@example.com");
        UI.getCurrent().navigate("admin/accounts");
        AccountListView view = _get(AccountListView.class);
        view.search.setValue(email);
        view.edit(GridKt._get(view.grid, 0));
        EditAccountDialog edit = _get(EditAccountDialog.class);
        edit.sendReset.click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(linkMailedTo(email, "account/reset")).isNotBlank();

        view.edit(GridKt._get(view.grid, 0));
        _get(EditAccountDialog.class).toggleEnabled.click();
        vn.nscl.shared.ui.ReasonDialog why = _get(vn.nscl.shared.ui.ReasonDialog.class);
        _get(why, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Vô hiệu hóa")).click();
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id))
                .as("not without a reason").isTrue();
        _get(why, com.vaadin.flow.component.textfield.TextArea.class).setValue("Hết nhiệm kỳ phối hợp");
        _get(why, com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Vô hiệu hóa")).click();
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id))
                .isFalse();
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'ACCOUNT_DISABLED' and "
                + "target_id = ?", String.class, String.valueOf(id))).contains("Hết nhiệm kỳ phối hợp");
    }
}
