package vn.nscl.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.Language;
import vn.nscl.matching.ExpertInboxService;
import vn.nscl.matching.NewSupportRequest;
import vn.nscl.matching.RequestStatus;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.WorkMode;
import vn.nscl.shared.ui.ReasonDialog;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestExperts;
import vn.nscl.testsupport.TestExperts.Spec;
import vn.nscl.testsupport.TestFiles;

/** The request, inbox and engagement screens, used as their people use them. */
class MatchingViewsTest extends KaribuTest {

    static final String ITEM = "ISO_56000";

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    TestExperts experts;

    @Autowired
    SupportRequestService requests;

    @Autowired
    ExpertInboxService inbox;

    static List<Button> buttons(com.vaadin.flow.component.Component in, String text) {
        return _find(in, Button.class).stream().filter(b -> text.equals(b.getText())).toList();
    }

    @Test
    void an_enterprise_asks_for_help_sees_explained_proposals_and_chooses_one() {
        String commune = experts.freshCommune();
        var enterprise = enterprises.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var expert = experts.verified(Spec.in(commune, ITEM, 3, 9));
        signInAs(enterprise.email());

        UI.getCurrent().navigate("requests/new", com.vaadin.flow.router.QueryParameters.of("item", ITEM));
        NewRequestView form = _get(NewRequestView.class);
        assertThat(form.item.getValue().code()).as("opened from a recommendation card").isEqualTo(ITEM);
        form.mode.setValue(WorkMode.ON_SITE);
        form.need.setValue("ngắn");
        form.from.setValue(java.time.LocalDate.now().plusDays(20));
        form.to.setValue(java.time.LocalDate.now().plusDays(10));
        form.send.click();
        assertThat(form.need.isInvalid()).isTrue();
        assertThat(form.to.isInvalid()).as("an end before the start is the end's problem").isTrue();
        assertThat(form.to.getErrorMessage()).isEqualTo("Ngày kết thúc phải sau ngày bắt đầu.");
        assertThat(form.from.isInvalid()).isFalse();
        form.need.setValue("Xây dựng quy trình quản lý ý tưởng cải tiến");
        form.to.setValue(java.time.LocalDate.now().plusDays(40));
        form.send.click();

        RequestView view = _get(RequestView.class);
        List<MatchCard> cards = _find(view.proposals, MatchCard.class);
        assertThat(cards).hasSize(1);
        String card = cards.getFirst().getElement().getTextRecursively();
        assertThat(card).contains(expert.name(), "Năng lực", "mức 3/3, 9 năm kinh nghiệm", "cùng xã/phường với bạn",
                "Mức bận");
        buttons(cards.getFirst(), "Chọn chuyên gia này").getFirst().click();

        RequestView after = _get(RequestView.class);
        assertThat(after.getElement().getTextRecursively()).contains("Chờ chuyên gia trả lời", expert.name());
        assertThat(enterprises.as(expert.email(), () -> inbox.offers())).hasSize(1);
    }

    @Test
    void an_expert_declines_in_the_inbox_with_a_reason_and_accepts_another_request() {
        String commune = experts.freshCommune();
        var enterprise = enterprises.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var expert = experts.verified(Spec.in(commune, ITEM, 3, 9));
        experts.verified(Spec.in(commune, ITEM, 1, 1));
        long first = offered(enterprise, expert);
        long second = offered(enterprise, expert);
        signInAs(expert.email());

        UI.getCurrent().navigate("inbox");
        ExpertInboxView view = _get(ExpertInboxView.class);
        assertThat(view.offers.getElement().getTextRecursively()).contains("Trả lời trước", "Vì sao bạn được đề xuất",
                "Năng lực");
        var cards = _find(view.offers, com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> d.hasClassName("recommendation-card")).toList();
        assertThat(cards).hasSize(2);
        var firstCard = cards.stream().filter(c -> c.getElement().getAttribute("data-request")
                .equals(String.valueOf(first))).findFirst().orElseThrow();
        buttons(firstCard, "Từ chối").getFirst().click();
        ReasonDialog dialog = _get(ReasonDialog.class);
        _get(dialog, Button.class, spec -> spec.withText("Từ chối")).click();
        assertThat(_get(dialog, TextArea.class).isInvalid()).as("a reason is required").isTrue();
        _get(dialog, TextArea.class).setValue("Đang kín lịch tháng này");
        _get(dialog, Button.class, spec -> spec.withText("Từ chối")).click();

        var secondCard = _find(view.offers, com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> d.hasClassName("recommendation-card")).findFirst().orElseThrow();
        assertThat(secondCard.getElement().getAttribute("data-request")).isEqualTo(String.valueOf(second));
        buttons(secondCard, "Nhận việc").getFirst().click();
        assertThat(view.offers.getElement().getTextRecursively()).contains("Không có yêu cầu nào đang chờ");
        assertThat(view.engagements.getElement().getTextRecursively()).contains("Chuyên gia đã nhận");
        assertThat(enterprises.as(enterprise.email(), () -> requests.detail(first)).request().status())
                .as("passed on to the other expert").isEqualTo(RequestStatus.OFFERED);
    }

    @Test
    void once_the_expert_accepts_each_side_sees_how_to_reach_the_other_and_what_comes_next() {
        String commune = experts.freshCommune();
        var enterprise = enterprises.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var expert = experts.verified(Spec.in(commune, ITEM, 3, 9));
        long id = offered(enterprise, expert);
        assertThat(enterprises.as(enterprise.email(), () -> requests.detail(id)).contacts())
                .as("no contacts before the expert accepts").isNull();
        enterprises.run(expert.email(), () -> inbox.accept(inbox.offers().getFirst().offer().id()));

        signInAs(enterprise.email());
        UI.getCurrent().navigate("requests/" + id);
        String seen = _get(ContactsSection.class).getElement().getTextRecursively();
        assertThat(seen).contains("Liên hệ và bước tiếp theo", "Chuyên gia: " + expert.name(), expert.email(),
                "sẽ gọi để hẹn buổi làm việc đầu tiên").doesNotContain("Người liên hệ của đơn vị");
        assertThat(_find(_get(ContactsSection.class), com.vaadin.flow.component.html.Anchor.class))
                .extracting(com.vaadin.flow.component.html.Anchor::getHref)
                .anyMatch(href -> href.startsWith("tel:")).contains("mailto:" + expert.email());

        signInAs(expert.email());
        UI.getCurrent().navigate("requests/" + id);
        assertThat(_get(ContactsSection.class).getElement().getTextRecursively())
                .contains("Người liên hệ của đơn vị").contains(enterprise.email()).doesNotContain("Chuyên gia: ");
    }

    @Test
    void the_expert_records_a_visit_uploads_the_report_and_the_enterprise_confirms_and_rates() {
        String commune = experts.freshCommune();
        var enterprise = enterprises.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var expert = experts.verified(Spec.in(commune, ITEM, 3, 9));
        long id = offered(enterprise, expert);
        enterprises.run(expert.email(), () -> inbox.accept(inbox.offers().getFirst().offer().id()));

        signInAs(expert.email());
        UI.getCurrent().navigate("requests/" + id);
        RequestView view = _get(RequestView.class);
        assertThat(view.actions.getElement().getTextRecursively()).contains("Liên hệ doanh nghiệp", "0905111222");
        TextArea visit = _find(view.actions, TextArea.class).getFirst();
        visit.setValue("Đào tạo nhóm cải tiến");
        buttons(view.actions, "Ghi nhận").getFirst().click();
        view = _get(RequestView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Đào tạo nhóm cải tiến", "Đang thực hiện");
        ReportUpload report = _get(view.actions, ReportUpload.class);
        assertThat(report.send.isEnabled()).as("nothing to send before a file is chosen").isFalse();
        UploadKt._upload(report.upload, "bao-cao.exe.pdf", "application/pdf", "MZ not a pdf".getBytes());
        report.send.click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(enterprises.as(enterprise.email(), () -> requests.detail(id)).request().status())
                .as("a disguised report is refused").isEqualTo(RequestStatus.IN_PROGRESS);
        report = _get(_get(RequestView.class).actions, ReportUpload.class);
        UploadKt._upload(report.upload, "bao-cao.pdf", "application/pdf", TestFiles.pdf("bao cao"));
        assertThat(report.picked.getText()).contains("bao-cao.pdf");
        assertThat(enterprises.as(enterprise.email(), () -> requests.detail(id)).request().status())
                .as("choosing a file sends nothing").isEqualTo(RequestStatus.IN_PROGRESS);
        report.send.click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(enterprises.as(enterprise.email(), () -> requests.detail(id)).request().status())
                .isEqualTo(RequestStatus.REPORTED);
        report = _get(_get(RequestView.class).actions, ReportUpload.class);
        UploadKt._upload(report.upload, "bao-cao-sua.pdf", "application/pdf", TestFiles.pdf("bao cao sua"));
        report.send.click();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(enterprises.as(enterprise.email(), () -> requests.detail(id)).report().fileName())
                .as("replaced before the enterprise confirms").isEqualTo("bao-cao-sua.pdf");

        signInAs(enterprise.email());
        UI.getCurrent().navigate("requests/" + id);
        RequestView page = _get(RequestView.class);
        buttons(page.actions, "Xác nhận hoàn thành").getFirst().click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> stars = _get(page.actions, RadioButtonGroup.class);
        assertThat(stars.isInvalid()).isTrue();
        stars.setValue(5);
        _find(page.actions, TextArea.class).getFirst().setValue("Rất hữu ích");
        buttons(page.actions, "Xác nhận hoàn thành").getFirst().click();
        assertThat(_get(RequestView.class).getElement().getTextRecursively()).contains("Đã hoàn thành", "5/5",
                "Rất hữu ích", "Tự đánh giá");
    }

    @Test
    void an_officer_assigns_a_waiting_request_with_a_reason() {
        String commune = experts.freshCommune();
        var enterprise = enterprises.create("C", false, EnterpriseType.ENTERPRISE, commune);
        experts.verified(Spec.in(commune, ITEM, 3, 9));
        var second = experts.verified(Spec.in(commune, ITEM, 1, 2));
        long id = enterprises.as(enterprise.email(), () -> requests.create(new NewSupportRequest(ITEM,
                "Cần chuyên gia đổi mới sáng tạo", WorkMode.ON_SITE, Language.VI, null, null)));
        enterprises.run(enterprise.email(), () -> requests.askOfficer(id, requests.detail(id).request().version()));

        signInAs("officer@example.com");
        UI.getCurrent().navigate("requests/desk");
        RequestDeskView desk = _get(RequestDeskView.class);
        assertThat(VirtualListsKt._findAll(desk.list)).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(VirtualListsKt._getRowComponent(desk.list, VirtualListsKt._findAll(desk.list).indexOf(r))
                    .getElement().getTextRecursively()).contains("Chờ Sở phân công");
        });
        desk.states.setValue(java.util.Set.of(RequestStatus.COMPLETED));
        assertThat(VirtualListsKt._findAll(desk.list)).noneMatch(r -> r.id() == id);
        UI.getCurrent().navigate("requests/" + id);
        RequestView view = _get(RequestView.class);
        MatchCard secondCard = _find(view.proposals, MatchCard.class).get(1);
        buttons(secondCard, "Giao cho chuyên gia này").getFirst().click();
        ReasonDialog dialog = _get(ReasonDialog.class);
        _get(dialog, TextArea.class).setValue("Gần cơ sở, nói được tiếng địa phương");
        _get(dialog, Button.class, spec -> spec.withText("Giao cho chuyên gia này")).click();
        assertThat(_get(RequestView.class).getElement().getTextRecursively()).contains("Chờ chuyên gia trả lời",
                second.name(), "Sở phân công: Gần cơ sở, nói được tiếng địa phương");

        // The reason is an internal note: neither the enterprise nor the expert reads it anywhere.
        for (String outsider : List.of(enterprise.email(), second.email())) {
            signInAs(outsider);
            UI.getCurrent().navigate("requests/" + id);
            assertThat(_get(RequestView.class).getElement().getTextRecursively()).contains(second.name())
                    .doesNotContain("Gần cơ sở");
            assertThat(enterprises.as(outsider, () -> requests.detail(id)).offers())
                    .allSatisfy(o -> assertThat(o.overrideReason()).isNull());
        }
        assertThat(enterprises.as(second.email(), () -> inbox.offers())).extracting(i -> i.offer().overrideReason())
                .containsOnlyNulls();
    }

    long offered(TestEnterprises.Created enterprise, TestExperts.Created expert) {
        return enterprises.as(enterprise.email(), () -> {
            long id = requests.create(new NewSupportRequest(ITEM, "Cần chuyên gia đổi mới sáng tạo", WorkMode.ON_SITE,
                    Language.VI, null, null));
            requests.choose(id, expert.id(), requests.detail(id).request().version());
            return id;
        });
    }
}
