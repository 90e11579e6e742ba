package vn.nscl.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.MailedLinks;
import vn.nscl.testsupport.TestEnterprises;

/** Đổi e-mail đăng nhập: the password proves who asks, the link mailed to the new address makes the change. */
class ChangeEmailViewTest extends KaribuTest {

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    JdbcTemplate jdbc;

    private String linkMailedTo(String email, String route) {
        return MailedLinks.secret(jdbc, email, route);
    }

    @Test
    void the_sign_in_email_changes_only_through_the_link_mailed_to_the_new_address() {
        var owner = enterprises.create("C", false, EnterpriseType.COOPERATIVE);
        long accountId = jdbc.queryForObject("select account_id from enterprise where id = ?", Long.class, owner.id());
        String newEmail = "moi-" + java.util.UUID.randomUUID() + "@example.vn";
        signInAs(owner.email());
        UI.getCurrent().navigate("account/email");
        ChangeEmailView view = _get(ChangeEmailView.class);
        assertThat(view.currentEmail.getText()).contains(owner.email());
        view.email.setValue(newEmail);
        view.current.setValue("sai-mat-khau");
        view.send.click();
        assertThat(view.current.isInvalid()).isTrue();
        view.current.setValue("bau-troi-xanh-ngat-2026");
        view.send.click();
        assertThat(jdbc.queryForObject("select email from user_account where id = ?", String.class, accountId))
                .as("nothing changes before the link").isEqualTo(owner.email());
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like ?",
                Integer.class, owner.email(), "%yêu cầu đổi e-mail%")).as("the old address is told").isEqualTo(1);

        String token = linkMailedTo(newEmail, "account/email/confirm");
        UI.getCurrent().navigate("account/email/confirm", QueryParameters.of("t", token));
        _get(ConfirmEmailChangeView.class).confirm();
        assertThat(_get(ConfirmEmailChangeView.class).getElement().getTextRecursively())
                .contains("Đã đổi e-mail đăng nhập");
        assertThat(jdbc.queryForObject("select email from user_account where id = ?", String.class, accountId))
                .isEqualTo(newEmail);
        assertThat(jdbc.queryForObject("select email from enterprise where id = ?", String.class, owner.id()))
                .as("the enterprise's contact e-mail follows").isEqualTo(newEmail);
        UI.getCurrent().navigate("account/email/confirm", QueryParameters.of("t", token));
        _get(ConfirmEmailChangeView.class).confirm();
        assertThat(_get(ConfirmEmailChangeView.class).getElement().getTextRecursively())
                .as("a link works once").contains("không còn hiệu lực");
    }

    @Test
    void an_address_of_another_account_or_the_same_address_is_refused_at_the_field() {
        var owner = enterprises.create("C", false, EnterpriseType.COOPERATIVE);
        var other = enterprises.create("C", false, EnterpriseType.COOPERATIVE);
        signInAs(owner.email());
        UI.getCurrent().navigate("account/email");
        ChangeEmailView view = _get(ChangeEmailView.class);
        view.current.setValue("bau-troi-xanh-ngat-2026");
        view.email.setValue(other.email());
        view.send.click();
        assertThat(view.email.isInvalid()).isTrue();
        view.email.setValue(owner.email().toUpperCase(java.util.Locale.ROOT));
        view.send.click();
        assertThat(view.email.getErrorMessage()).isEqualTo("Đây đã là e-mail đăng nhập của bạn.");
        assertThat(jdbc.queryForObject("select count(*) from account_token where purpose = 'CHANGE_EMAIL' and "
                + "account_id = (select account_id from enterprise where id = ?)", Integer.class, owner.id()))
                .isZero();
    }
}
