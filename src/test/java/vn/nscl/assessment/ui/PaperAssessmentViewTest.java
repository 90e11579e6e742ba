package vn.nscl.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.enterprise.EnterpriseService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.enterprise.PaperEnterprise;
import vn.nscl.enterprise.PaperEnterprises;
import vn.nscl.enterprise.ui.EnterpriseListView;
import vn.nscl.security.AccountService;
import vn.nscl.shared.UserFacingException;
import vn.nscl.shared.ui.Formats;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.MailedLinks;
import vn.nscl.testsupport.TestEnterprises;

/**
 * A household answers the assessment on paper at a workshop; it has no account. The officer enters the household and
 * its form, the result shows as entered by DOST (who, when), and later the owner is invited and finds it all there.
 */
class PaperAssessmentViewTest extends KaribuTest {

    static final String OFFICER = "officer@example.com";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    PaperEnterprises paper;

    @Autowired
    EnterpriseService enterpriseService;

    @Autowired
    AssessmentResultsService results;

    @Autowired
    AccountService accounts;

    @Test
    void an_officer_enters_a_household_without_account_and_its_paper_form_and_later_invites_the_owner() {
        String code = TestEnterprises.freshCode(EnterpriseType.HOUSEHOLD);
        signInAs(OFFICER);
        UI.getCurrent().navigate("enterprises");
        _get(EnterpriseListView.class).getChildren().count(); // the list is open
        Button add = com.github.mvysny.kaributesting.v10.LocatorJ._get(Button.class,
                spec -> spec.withText("Thêm đơn vị từ phiếu giấy"));
        add.click();
        var dialog = _get(vn.nscl.shared.ui.FormDialog.class);
        var fields = new DialogFields(dialog);
        fields.text("Tên doanh nghiệp, hợp tác xã hoặc hộ kinh doanh").setValue("Hộ làm nón lá Bà Hạnh");
        fields.text("Mã số doanh nghiệp").setValue(code);
        fields.text("Người liên hệ").setValue("Lê Thị Hạnh");
        fields.text("Số điện thoại").setValue("0233 3852 777");
        fields.communeAndSector("C");
        fields.save();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("straight to the form").endsWith("/paper-assessment");
        long id = jdbc.queryForObject("select id from enterprise where enterprise_code = ?", Long.class, code);
        assertThat(jdbc.queryForMap("select account_id, email, verification from enterprise where id = ?", id))
                .containsEntry("ACCOUNT_ID", null).containsEntry("EMAIL", null).containsEntry("VERIFICATION",
                        "VERIFIED");

        PaperAssessmentView view = _get(PaperAssessmentView.class);
        List<RadioButtonGroup<Integer>> groups = List.copyOf(view.choices.values());
        assertThat(groups).hasSizeGreaterThan(5);
        view.filledIn.setValue(LocalDate.now(Formats.VIETNAM).minusDays(3));
        groups.getFirst().setValue(3);
        view.save.click();
        assertThat(jdbc.queryForObject("select count(*) from assessment where enterprise_id = ?", Integer.class, id))
                .as("each dimension needs an answer: nothing half-saved").isZero();

        groups.forEach(group -> group.setValue(2));
        groups.get(1).setValue(PaperAssessmentView.NOT_APPLICABLE);
        groups.getLast().clear(); // left blank on paper: the only question of its dimension
        view.tier.setValue(vn.nscl.assessment.Tier.FULL);
        view.tier.setValue(vn.nscl.assessment.Tier.QUICK);
        assertThat(view.choices.values().iterator().next().getValue()).as("answers kept when switching back")
                .isEqualTo(2);
        view.save.click();
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).as("the blank dimension named")
                .anySatisfy(n -> assertThat(n.getElement().getTextRecursively()).contains("còn thiếu: Nhân lực"));
        view.choices.values().stream().reduce((first, second) -> second).orElseThrow().setValue(2);
        view.save.click();
        var entered = jdbc.queryForMap("select submitted_at, entered_by, entered_at, overall_score, status from "
                + "assessment where enterprise_id = ?", id);
        assertThat(entered.get("ENTERED_BY")).isEqualTo("Nguyễn Thị Minh Châu");
        assertThat(entered.get("STATUS")).isEqualTo("SUBMITTED");
        assertThat(((java.math.BigDecimal) entered.get("OVERALL_SCORE")).intValue()).as("level 2 everywhere answered, not applicable left out").isEqualTo(50);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("enterprises/" + id);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(_get(AssessmentHistory.class).grid, 0))
                .anySatisfy(cell -> assertThat(cell).contains("phiếu giấy, Nguyễn Thị Minh Châu nhập ngày "
                        + Formats.date(LocalDate.now(Formats.VIETNAM))));
        assertThat(_get(EnterpriseAssessmentsView.class).getElement().getTextRecursively())
                .contains("Tài khoản của đơn vị", "chưa có tài khoản");

        String owner = "ba-hanh-" + java.util.UUID.randomUUID() + "@example.vn";
        EmailField email = com.github.mvysny.kaributesting.v10.LocatorJ._get(EmailField.class,
                spec -> spec.withId("invite-owner-email"));
        email.setValue("khong-phai-email");
        com.github.mvysny.kaributesting.v10.LocatorJ._get(Button.class, spec -> spec.withText("Gửi lời mời"))
                .click();
        assertThat(jdbc.queryForObject("select account_id from enterprise where id = ?", Long.class, id)).isNull();
        email.setValue(owner);
        com.github.mvysny.kaributesting.v10.LocatorJ._get(Button.class, spec -> spec.withText("Gửi lời mời"))
                .click();
        accounts.resetPassword(MailedLinks.secret(jdbc, owner, "account/reset"), "non-la-quang-tri-2026");
        assertThat(enterprises.as(owner, () -> enterpriseService.mine()).orElseThrow().id())
                .as("the enterprise is the owner's now").isEqualTo(id);
        assertThat(enterprises.as(owner, () -> results.history(id))).singleElement()
                .satisfies(s -> assertThat(s.enteredBy()).isEqualTo("Nguyễn Thị Minh Châu"));
        assertThatThrownBy(() -> enterprises.run(OFFICER, () -> paper.inviteOwner(id, "khac@example.vn",
                enterprises.as(OFFICER, () -> enterpriseService.get(id)).version())))
                .as("invited once").hasMessage("paper.error.has-account");
    }

    @Test
    void the_paper_enterprise_form_refuses_bad_input_and_only_dost_may_use_it() {
        var known = enterprises.create("C", false, EnterpriseType.COOPERATIVE);
        String knownCode = jdbc.queryForObject("select enterprise_code from enterprise where id = ?", String.class,
                known.id());
        assertThatThrownBy(() -> enterprises.run(OFFICER, () -> paper.register(new PaperEnterprise(" ", knownCode,
                EnterpriseType.COOPERATIVE, "99999", "Z", false, "", "12345", "khong-phai-email"))))
                .isInstanceOfSatisfying(UserFacingException.class, problem -> assertThat(problem.fieldProblems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactlyInAnyOrder(
                                "name:error.required", "contactPerson:error.required",
                                "enterpriseCode:paper.error.code-registered", "commune:enterprise.error.commune-outside",
                                "sector:error.required", "phone:account.error.phone-invalid",
                                "email:account.error.email-invalid"));
        assertThatThrownBy(() -> enterprises.run(known.email(), () -> paper.register(new PaperEnterprise("Hộ A",
                TestEnterprises.freshCode(EnterpriseType.HOUSEHOLD), EnterpriseType.HOUSEHOLD, "19363", "A", false,
                "Người A", "0905111222", null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.run(known.email(), () -> paper.inviteOwner(known.id(),
                "x@example.vn", 0))).isInstanceOf(AccessDeniedException.class);
    }

    /** The fields of the paper-enterprise dialog, found by their labels as the officer reads them. */
    record DialogFields(vn.nscl.shared.ui.FormDialog dialog) {

        com.vaadin.flow.component.textfield.TextField text(String label) {
            return com.github.mvysny.kaributesting.v10.LocatorJ._get(dialog,
                    com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel(label));
        }

        @SuppressWarnings("unchecked")
        void communeAndSector(String sectorCode) {
            var boxes = com.github.mvysny.kaributesting.v10.LocatorJ._find(dialog,
                    com.vaadin.flow.component.combobox.ComboBox.class);
            var commune = (com.vaadin.flow.component.combobox.ComboBox<vn.nscl.reference.CommuneRef>) boxes.get(0);
            commune.setValue(commune.getListDataView().getItems().filter(c -> c.code().equals("19363")).findFirst()
                    .orElseThrow());
            var sector = (com.vaadin.flow.component.combobox.ComboBox<vn.nscl.reference.Sector>) boxes.get(1);
            sector.setValue(sector.getListDataView().getItems().filter(s -> s.code().equals(sectorCode)).findFirst()
                    .orElseThrow());
        }

        void save() {
            com.github.mvysny.kaributesting.v10.LocatorJ._get(dialog, Button.class,
                    spec -> spec.withText("Lưu và nhập phiếu đánh giá")).click();
        }
    }
}
