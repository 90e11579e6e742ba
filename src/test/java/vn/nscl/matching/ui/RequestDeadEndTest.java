package vn.nscl.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.Language;
import vn.nscl.matching.NewSupportRequest;
import vn.nscl.matching.RequestDeskService;
import vn.nscl.matching.RequestMessageService;
import vn.nscl.matching.RequestStatus;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.WorkMode;
import vn.nscl.notification.NotificationService;
import vn.nscl.shared.ui.ReasonDialog;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestExperts;
import vn.nscl.testsupport.TestExperts.Spec;

/**
 * A request no expert fits is not a dead end for DOST: the officer sees the experts the rules left out with the
 * rules' reasons and gives it to one of them with a reason, or closes it with a reason the enterprise is told, and
 * writes to the enterprise meanwhile; the request then leaves the officers' waiting count.
 */
class RequestDeadEndTest extends KaribuTest {

    static final String OFFICER = "officer@example.com";

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    TestExperts experts;

    @Autowired
    SupportRequestService requests;

    @Autowired
    RequestDeskService desk;

    @Autowired
    RequestMessageService messages;

    @Autowired
    NotificationService notifications;

    private long waitingForOfficer(TestEnterprises.Created enterprise, String item) {
        return enterprises.as(enterprise.email(), () -> {
            long id = requests.create(new NewSupportRequest(item, "Cần chuyên gia hướng dẫn áp dụng", WorkMode.ON_SITE,
                    Language.VI, null, null));
            requests.askOfficer(id, requests.detail(id).request().version());
            return id;
        });
    }

    @Test
    void the_officer_gives_the_request_to_an_expert_the_rules_left_out_saying_why() {
        String commune = experts.freshCommune();
        var enterprise = enterprises.create("A", false, EnterpriseType.COOPERATIVE, commune);
        // Able in the tool, but works only on site in another commune: the rules leave them out.
        var weak = experts.verified(Spec.in(experts.freshCommune(), "GACP_HERBS", 3, 8));
        long id = waitingForOfficer(enterprise, "GACP_HERBS");
        long waiting = enterprises.as(OFFICER, () -> desk.waitingForOfficers());

        signInAs(OFFICER);
        UI.getCurrent().navigate("requests/" + id);
        RequestView view = _get(RequestView.class);
        assertThat(view.proposals.getElement().getTextRecursively()).contains("Chuyên gia đủ điều kiện (0)",
                "giao cho một chuyên gia bị quy tắc loại").doesNotContain("nhờ Sở KH&CN");
        LeftOutSection leftOut = _get(view, LeftOutSection.class);
        var row = _find(leftOut, com.vaadin.flow.component.html.Div.class).stream()
                .filter(d -> String.valueOf(weak.id()).equals(d.getElement().getAttribute("data-expert")))
                .findFirst().orElseThrow();
        assertThat(row.getElement().getTextRecursively()).contains(weak.name(), "Bị loại vì: Không làm việc");
        _get(row, Button.class, spec -> spec.withText("Giao cho chuyên gia này")).click();
        ReasonDialog dialog = _get(ReasonDialog.class);
        _get(dialog, TextArea.class).setValue("Đã hỏi: chuyên gia từng làm dược liệu ở Hướng Hóa");
        _get(dialog, Button.class, spec -> spec.withText("Giao cho chuyên gia này")).click();

        assertThat(enterprises.as(enterprise.email(), () -> requests.detail(id)).request().status())
                .isEqualTo(RequestStatus.OFFERED);
        assertThat(enterprises.as(OFFICER, () -> desk.waitingForOfficers())).as("no longer waiting")
                .isEqualTo(waiting - 1);
        assertThat(_get(RequestView.class).getElement().getTextRecursively()).contains("ngoài xếp hạng",
                "Đã hỏi: chuyên gia từng làm dược liệu");
    }

    @Test
    void the_officer_writes_to_the_enterprise_and_closes_the_request_with_a_reason_it_is_told() {
        String commune = experts.freshCommune();
        var enterprise = enterprises.create("I", false, EnterpriseType.ENTERPRISE, commune);
        long id = waitingForOfficer(enterprise, "TOURISM_STANDARD");
        enterprises.run(OFFICER, () -> messages.send(id, "Hiện chưa có chuyên gia về tiêu chuẩn du lịch; "
                + "anh chị có thể chờ đến quý sau không?"));
        assertThat(enterprises.as(enterprise.email(), () -> notifications.mine()).getFirst().messageKey())
                .isEqualTo("notify.request.message");
        enterprises.run(enterprise.email(), () -> messages.send(id, "Không cần nữa, cảm ơn Sở."));
        assertThat(enterprises.as(OFFICER, () -> notifications.mine())).as("the enterprise's answer reaches DOST")
                .anyMatch(n -> n.messageKey().equals("notify.request.message") && n.link().equals("requests/" + id));

        signInAs(OFFICER);
        UI.getCurrent().navigate("requests/" + id);
        LeftOutSection leftOut = _get(_get(RequestView.class), LeftOutSection.class);
        _get(leftOut, Button.class, spec -> spec.withText("Đóng yêu cầu")).click();
        ReasonDialog dialog = _get(ReasonDialog.class);
        _get(dialog, TextArea.class).setValue("Doanh nghiệp không còn nhu cầu");
        _get(dialog, Button.class, spec -> spec.withText("Đóng yêu cầu")).click();

        assertThat(enterprises.as(enterprise.email(), () -> requests.detail(id)).request().status())
                .isEqualTo(RequestStatus.CANCELLED);
        var told = enterprises.as(enterprise.email(), () -> notifications.mine()).getFirst();
        assertThat(told.messageKey()).isEqualTo("notify.request.closed");
        assertThat(told.args()).contains("Doanh nghiệp không còn nhu cầu");
        assertThat(_get(RequestView.class).getElement().getTextRecursively()).contains("Sở KH&CN đóng yêu cầu",
                "Doanh nghiệp không còn nhu cầu", "Không cần nữa, cảm ơn Sở.");
    }
}
