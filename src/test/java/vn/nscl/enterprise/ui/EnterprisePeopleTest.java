package vn.nscl.enterprise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import vn.nscl.enterprise.EnterprisePeopleService;
import vn.nscl.enterprise.EnterprisePeopleService.Invitation;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.enterprise.MemberRole;
import vn.nscl.security.AccountService;
import vn.nscl.shared.UserFacingException;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.MailedLinks;
import vn.nscl.testsupport.TestEnterprises;

/**
 * Liên hệ và người dùng, as a cooperative's director uses it: contacts checked as each field is left, colleagues
 * invited with their own login and a role, and a leaver's access taken back.
 */
class EnterprisePeopleTest extends KaribuTest {

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    EnterprisePeopleService people;

    @Autowired
    EnterpriseService enterpriseService;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private String linkMailedTo(String email, String route) {
        return MailedLinks.secret(jdbc, email, route);
    }

    @Test
    void the_owner_keeps_the_contacts_each_field_checked_as_it_is_left() {
        var owner = enterprises.create("C", false, EnterpriseType.COOPERATIVE);
        signInAs(owner.email());
        UI.getCurrent().navigate("enterprise/people");
        ContactsForm form = _get(EnterprisePeopleView.class).contacts;
        assertThat(form.contactPerson.getValue()).isEqualTo("Người thử nghiệm");

        form.contactPerson.setValue("");
        assertThat(form.contactPerson.isInvalid()).as("checked when the field is left, before saving").isTrue();
        form.phone.setValue("12345");
        assertThat(form.phone.getErrorMessage()).contains("0233 3852 123");
        form.save.click();
        assertThat(jdbc.queryForObject("select contact_person from enterprise where id = ?", String.class,
                owner.id())).as("nothing saved").isEqualTo("Người thử nghiệm");

        form.contactPerson.setValue("Trần Thị Hoa");
        form.phone.setValue("0233 3852 123");
        form.address.setValue("Thôn Tân Định");
        form.save.click();
        var saved = jdbc.queryForMap("select contact_person, phone, address from enterprise where id = ?",
                owner.id());
        assertThat(saved.values()).containsExactly("Trần Thị Hoa", "02333852123", "Thôn Tân Định");
        assertThat(jdbc.queryForObject("select details from audit_event where action = 'CONTACTS_CHANGED' and "
                + "target_id = ?", String.class, String.valueOf(owner.id())))
                .contains("Người liên hệ: Người thử nghiệm → Trần Thị Hoa", "Địa chỉ: – → Thôn Tân Định");
    }

    @Test
    void an_owner_invites_a_colleague_who_signs_in_with_their_own_password_and_works_for_the_same_enterprise() {
        var owner = enterprises.create("C", false, EnterpriseType.COOPERATIVE);
        String accountant = "ke-toan-" + java.util.UUID.randomUUID() + "@example.vn";
        signInAs(owner.email());
        UI.getCurrent().navigate("enterprise/people");
        InviteForm invite = _get(EnterprisePeopleView.class).invite;
        invite.email.setValue("khong-phai-email");
        invite.send.click();
        assertThat(invite.name.isInvalid()).as("every problem at once").isTrue();
        assertThat(invite.email.isInvalid()).isTrue();
        invite.name.setValue("Lê Văn Kế");
        invite.email.setValue(owner.email());
        invite.send.click();
        assertThat(invite.email.getErrorMessage()).as("an address with an account already").isNotBlank();
        invite.email.setValue(accountant);
        invite.send.click();
        assertThat(_get(EnterprisePeopleView.class).people.getElement().getTextRecursively())
                .contains("Lê Văn Kế", "Thành viên", "Chưa nhận lời mời", "Chủ tài khoản · đã đăng ký đơn vị");

        String token = linkMailedTo(accountant, "account/reset");
        accounts.resetPassword(token, "so-sach-ro-rang-2026");
        assertThat(enterprises.as(accountant, () -> enterpriseService.mine()).orElseThrow().id())
                .as("the colleague works for the same enterprise").isEqualTo(owner.id());
        assertThat(enterprises.as(owner.email(), () -> people.people())).filteredOn(p -> p.email().equals(accountant))
                .singleElement().satisfies(p -> assertThat(p.joined()).isTrue());

        signInAs(accountant);
        UI.getCurrent().navigate("enterprise/people");
        EnterprisePeopleView asMember = _get(EnterprisePeopleView.class);
        assertThat(asMember.invite).as("members do not invite").isNull();
        assertThat(asMember.contacts.contactPerson.isReadOnly()).isTrue();
        assertThatThrownBy(() -> enterprises.run(accountant, () -> people.invite(new Invitation("Người lạ",
                "la-" + java.util.UUID.randomUUID() + "@example.vn", "", MemberRole.OWNER))))
                .isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate("enterprise/profile");
        assertThat(_find(UI.getCurrent(), EnterpriseProfileView.class)).as("members keep the profile").hasSize(1);
    }

    @Test
    void an_owner_takes_back_the_access_of_a_colleague_who_left() {
        var owner = enterprises.create("C", false, EnterpriseType.COOPERATIVE);
        var other = enterprises.create("C", false, EnterpriseType.COOPERATIVE);
        String leaver = "roi-di-" + java.util.UUID.randomUUID() + "@example.vn";
        long leaverId = enterprises.as(owner.email(), () -> people.invite(new Invitation("Phan Văn Đi", leaver, "",
                MemberRole.MEMBER)));
        assertThatThrownBy(() -> enterprises.run(other.email(), () -> people.remove(leaverId)))
                .as("another enterprise's owner").isInstanceOf(AccessDeniedException.class);

        signInAs(owner.email());
        UI.getCurrent().navigate("enterprise/people");
        EnterprisePeopleView view = _get(EnterprisePeopleView.class);
        _find(view.people, Button.class).stream().filter(b -> b.getText().equals("Thu hồi quyền truy cập"))
                .findFirst().orElseThrow().click();
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(view.people.getElement().getTextRecursively()).doesNotContain("Phan Văn Đi");
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, leaverId))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from enterprise_member where account_id = ?", Integer.class,
                leaverId)).isZero();
        assertThatThrownBy(() -> enterprises.run(owner.email(), () -> people.remove(
                jdbc.queryForObject("select account_id from enterprise where id = ?", Long.class, owner.id()))))
                .isInstanceOf(UserFacingException.class);
    }
}
