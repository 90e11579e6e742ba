package vn.nscl.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.Language;
import vn.nscl.matching.ExpertInboxService;
import vn.nscl.matching.MessageSide;
import vn.nscl.matching.NewSupportRequest;
import vn.nscl.matching.RequestMessageService;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.WorkMode;
import vn.nscl.notification.NotificationService;
import vn.nscl.shared.UserFacingException;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestExperts;
import vn.nscl.testsupport.TestExperts.Spec;
import vn.nscl.testsupport.TestFiles;

/** The message thread on a request: who may read and write it, when, and who is told. */
class RequestMessagesTest extends KaribuTest {

    static final String ITEM = "ISO_56000";
    static final String ITEM_NAME = "Quản lý đổi mới sáng tạo theo bộ tiêu chuẩn ISO 56000";

    @Autowired
    TestEnterprises enterprises;

    @Autowired
    TestExperts experts;

    @Autowired
    SupportRequestService requests;

    @Autowired
    ExpertInboxService inbox;

    @Autowired
    RequestMessageService messages;

    @Autowired
    NotificationService notifications;

    @Test
    void once_accepted_the_enterprise_and_the_expert_write_to_each_other_on_the_request_and_are_told() {
        String commune = experts.freshCommune();
        var enterprise = enterprises.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var expert = experts.verified(Spec.in(commune, ITEM, 3, 9));
        long id = offered(enterprise, expert);
        String enterpriseName = enterprises.as(enterprise.email(), () -> requests.detail(id).request()
                .enterpriseName());

        signInAs(enterprise.email());
        UI.getCurrent().navigate("requests/" + id);
        assertThat(enterprises.as(expert.email(), () -> messages.thread(id)).exists())
                .as("an expert merely offered the request sees no thread").isFalse();

        enterprises.run(expert.email(), () -> inbox.accept(inbox.offers().getFirst().offer().id()));
        UI.getCurrent().navigate("requests/" + id);
        MessageThreadSection thread = _get(MessageThreadSection.class);
        assertThat(thread.messages.getElement().getTextRecursively()).contains("Chưa có tin nhắn nào");
        thread.body.setValue("  \n ");
        thread.send.click();
        assertThat(thread.body.isInvalid()).as("an empty message is refused at its box").isTrue();
        assertThat(thread.body.getErrorMessage()).isEqualTo("Hãy viết nội dung tin nhắn.");
        thread.body.setValue("Thứ Hai tuần sau anh đến xưởng được không?\nChúng tôi làm ca sáng.");
        thread.send.click();
        thread = _get(MessageThreadSection.class);
        assertThat(thread.body.getValue()).as("the box is emptied once sent").isEmpty();
        assertThat(thread.messages.getElement().getTextRecursively()).contains("Bạn",
                "Thứ Hai tuần sau anh đến xưởng được không?\nChúng tôi làm ca sáng.");

        var told = enterprises.as(expert.email(), () -> notifications.mine()).getFirst();
        assertThat(told.messageKey()).isEqualTo("notify.request.message");
        assertThat(told.args()).as("the tool's name, not its code").containsExactly(ITEM_NAME, enterpriseName);
        assertThat(told.link()).isEqualTo("requests/" + id);

        signInAs(expert.email());
        UI.getCurrent().navigate("requests/" + id);
        MessageThreadSection expertsView = _get(MessageThreadSection.class);
        assertThat(expertsView.messages.getElement().getTextRecursively())
                .contains("Đơn vị · " + enterpriseName, "Chúng tôi làm ca sáng.");
        expertsView.body.setValue("Được, 8 giờ sáng thứ Hai.");
        expertsView.send.click();
        var thread2 = enterprises.as(enterprise.email(), () -> messages.thread(id));
        assertThat(thread2.messages()).extracting(m -> m.side()).containsExactly(MessageSide.ENTERPRISE,
                MessageSide.EXPERT);
        assertThat(thread2.messages().get(1).authorName()).isEqualTo(expert.name());
        assertThat(enterprises.as(enterprise.email(), () -> notifications.mine()).getFirst().messageKey())
                .isEqualTo("notify.request.message");
    }

    @Test
    void nobody_else_reads_or_writes_the_thread_and_an_officer_writing_tells_both_sides() {
        String commune = experts.freshCommune();
        var enterprise = enterprises.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var other = enterprises.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var expert = experts.verified(Spec.in(commune, ITEM, 3, 9));
        var otherExpert = experts.verified(Spec.in(commune, ITEM, 2, 3));
        long id = offered(enterprise, expert);
        enterprises.run(expert.email(), () -> inbox.accept(inbox.offers().getFirst().offer().id()));
        enterprises.run(enterprise.email(), () -> messages.send(id, "Xin chào anh"));

        assertThatThrownBy(() -> enterprises.as(other.email(), () -> messages.thread(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.run(other.email(), () -> messages.send(id, "Chen ngang")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.as(otherExpert.email(), () -> messages.thread(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.run(otherExpert.email(), () -> messages.send(id, "Chen ngang")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> enterprises.run(enterprise.email(), () -> messages.send(id, "x".repeat(2001))))
                .isInstanceOf(UserFacingException.class);

        enterprises.run("officer@example.com", () -> messages.send(id, "Sở sẽ dự buổi làm việc đầu tiên."));
        assertThat(enterprises.as(enterprise.email(), () -> notifications.mine()).getFirst().messageKey())
                .isEqualTo("notify.request.message");
        assertThat(enterprises.as(expert.email(), () -> notifications.mine()).getFirst().messageKey())
                .isEqualTo("notify.request.message");
        assertThat(enterprises.as(expert.email(), () -> messages.thread(id)).messages())
                .extracting(m -> m.side()).containsExactly(MessageSide.ENTERPRISE, MessageSide.OFFICER);
    }

    @Test
    void after_the_enterprise_confirms_the_work_the_thread_is_kept_for_reading_only() {
        String commune = experts.freshCommune();
        var enterprise = enterprises.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var expert = experts.verified(Spec.in(commune, ITEM, 3, 9));
        long id = offered(enterprise, expert);
        enterprises.run(expert.email(), () -> {
            inbox.accept(inbox.offers().getFirst().offer().id());
            messages.send(id, "Báo cáo cuối gửi kèm.");
            inbox.uploadReport(id, "bao-cao.pdf", TestFiles.pdf("bao cao"));
        });
        enterprises.run(enterprise.email(), () -> requests.confirmCompletion(id, 5, "Tốt",
                requests.detail(id).request().version()));

        signInAs(enterprise.email());
        UI.getCurrent().navigate("requests/" + id);
        MessageThreadSection thread = _get(MessageThreadSection.class);
        assertThat(thread.getElement().getTextRecursively()).contains("Báo cáo cuối gửi kèm.",
                "tin nhắn chỉ còn để xem lại");
        assertThat(thread.body.getParent()).as("no box to write in").isEmpty();
        assertThatThrownBy(() -> enterprises.run(enterprise.email(), () -> messages.send(id, "Cảm ơn anh")))
                .isInstanceOf(UserFacingException.class);
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
