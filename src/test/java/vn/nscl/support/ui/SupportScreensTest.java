package vn.nscl.support.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

import vn.nscl.shared.ui.ReasonDialog;
import vn.nscl.support.ApplicationService;
import vn.nscl.support.ApplicationStatus;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TestApplications;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestFiles;

/** The programme list, the application form, the officers' queue and review panel, used as people use them. */
class SupportScreensTest extends KaribuTest {

    @Autowired
    TestApplications test;

    @Autowired
    TestEnterprises as;

    @Autowired
    ApplicationService applications;

    @Autowired
    vn.nscl.support.ProgrammeCallService calls;

    @Test
    void an_enterprise_sees_why_it_is_eligible_writes_its_application_and_submits_it() {
        TestApplications.Applicant applicant = test.applicant();
        signInAs(applicant.enterprise().email());
        UI.getCurrent().navigate("programmes");
        ProgrammesView programmes = _get(ProgrammesView.class);
        Div card = _find(programmes.list, Div.class).stream()
                .filter(d -> applicant.programme().equals(d.getElement().getAttribute("data-programme")))
                .findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("Đủ điều kiện:", "Đang nhận hồ sơ");
        button(card, "Lập hồ sơ").click();

        ApplicationFormView form = _get(ApplicationFormView.class);
        form.submit.click();
        assertThat(form.checkResult.getElement().getTextRecursively()).contains("Hãy đặt tên dự án");
        form.title.setValue("Áp dụng Kaizen cho xưởng");
        form.objectives.setValue("Giảm lãng phí, tăng năng suất lao động");
        form.expectedResults.setValue("Năng suất tăng 10%, thời gian chờ giảm 20%");
        form.timeline.setValue("Tháng 1–6");
        form.budget.lines.getFirst().description.setValue("Chuyên gia tư vấn");
        form.budget.lines.getFirst().requested.setValue(new BigDecimal("50"));
        form.budget.lines.getFirst().own.setValue(new BigDecimal("30"));
        assertThat(form.budget.totals.getText()).contains("50", "30", "80");
        form.indicators.rows.getFirst().name.setValue("Năng suất lao động");
        form.indicators.rows.getFirst().unit.setValue("%");
        form.indicators.rows.getFirst().target.setValue(new BigDecimal("10"));
        List<String> documents = List.copyOf(form.attachments.uploads.keySet());
        assertThat(documents).as("a slot per required document, then the others")
                .containsExactly("Thuyết minh dự án (PDF hoặc DOCX)", "Báo giá hoặc dự toán chi phí", "");
        assertThat(form.attachments.getElement().getTextRecursively()).contains("Chưa có: cần tải lên trước khi nộp");
        UploadKt._upload(form.attachments.uploads.get(documents.get(0)), "thuyet-minh.pdf", "application/pdf",
                TestFiles.pdf("tm"));
        assertThat(form.attachments.getElement().getTextRecursively()).contains("thuyet-minh.pdf", "Đã có");
        form.submit.click();
        assertThat(form.checkResult.getElement().getTextRecursively()).as("the missing document named")
                .contains("Còn thiếu tài liệu: Báo giá hoặc dự toán chi phí.");
        UploadKt._upload(form.attachments.uploads.get(documents.get(1)), "bao-gia.pdf", "application/pdf",
                TestFiles.pdf("bg"));
        form.submit.click();
        assertThat(_find(ApplicationFormView.class)).as("nothing submitted before the yes").hasSize(1);
        String asked = form.confirm.getElement().getChildren().map(c -> c.getTextRecursively())
                .reduce("", String::concat);
        assertThat(asked).contains("Tên dự án: Áp dụng Kaizen cho xưởng", "Đề nghị hỗ trợ 50 triệu đồng, đối ứng 30 "
                + "triệu đồng", "Tài liệu đính kèm: 2", "Thuyết minh dự án (PDF hoặc DOCX): thuyet-minh.pdf",
                "Báo giá hoặc dự toán chi phí: bao-gia.pdf");
        ConfirmDialogKt._fireCancel(form.confirm);
        _get(ApplicationFormView.class);
        form.submit.click();
        ConfirmDialogKt._fireConfirm(form.confirm);
        ApplicationPageView page = _get(ApplicationPageView.class);
        assertThat(page.getElement().getTextRecursively()).contains("Chờ thẩm định", "Áp dụng Kaizen cho xưởng",
                "Báo giá hoặc dự toán chi phí: bao-gia.pdf");
        assertThat(page.dossierLink.getElement().getTextRecursively()).contains("Tải hồ sơ (PDF)");
    }

    @Test
    void an_officer_filters_the_queue_and_asks_for_more_information_with_a_comment() {
        TestApplications.Applicant applicant = test.applicant();
        long id = test.submitted(applicant, new BigDecimal("60"), new BigDecimal("40"));
        signInAs("officer@example.com");
        UI.getCurrent().navigate("applications/review");
        ReviewQueueView queue = _get(ReviewQueueView.class);
        queue.status.setValue(ApplicationStatus.SUBMITTED);
        assertThat(GridKt._size(queue.grid)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._findAll(queue.grid)).anyMatch(a -> a.id() == id);
        assertThat(GridKt._getFormattedRow(queue.grid, GridKt._findAll(queue.grid).stream().map(a -> a.id())
                .toList().indexOf(id)).toString()).as("how long it has waited").contains("0 ngày");
        assertThat(queue.status.getListDataView().getItems()).as("drafts are the enterprise's own")
                .doesNotContain(ApplicationStatus.DRAFT);
        queue.status.setValue(ApplicationStatus.REJECTED);
        assertThat(GridKt._findAll(queue.grid)).noneMatch(a -> a.id() == id);
        queue.from.setValue(java.time.LocalDate.now().plusYears(5));
        assertThat(queue.empty.isVisible()).as("an empty result says so").isTrue();
        assertThat(queue.empty.getText()).contains("Không có hồ sơ nào khớp bộ lọc");
        queue.from.clear();

        UI.getCurrent().navigate("applications/" + id);
        ApplicationPageView page = _get(ApplicationPageView.class);
        assertThat(page.review.getElement().getTextRecursively()).contains("Thẩm định", "Lưu danh mục kiểm tra");
        button(page.review, "Đề nghị bổ sung").click();
        ReasonDialog dialog = _get(ReasonDialog.class);
        _get(dialog, TextArea.class).setValue("Bổ sung báo giá của đơn vị tư vấn");
        _get(dialog, Button.class, spec -> spec.withText("Đề nghị bổ sung")).click();
        assertThat(as.as(applicant.enterprise().email(), () -> applications.detail(id)).application().status())
                .isEqualTo(ApplicationStatus.NEEDS_INFO);
        assertThat(_get(ApplicationPageView.class).getElement().getTextRecursively()).contains("Cần bổ sung",
                "Bổ sung báo giá của đơn vị tư vấn");
    }

    @Test
    void money_is_approved_only_on_a_clear_yes_and_the_first_of_two_approvers_waits_for_a_colleague() {
        TestApplications.Applicant applicant = test.applicant();
        // Above what one officer may approve alone (four eyes), within the call's ceiling.
        java.math.BigDecimal requested = new java.math.BigDecimal("250");
        var call = as.as("officer@example.com", () -> calls.calls()).stream()
                .filter(c -> c.programmeCode().equals(applicant.programme())).findFirst().orElseThrow();
        if (call.ceiling().compareTo(requested) < 0) {
            as.run("officer@example.com", () -> calls.update(call.programmeCode(), new vn.nscl.support.CallEdit(
                    call.openFrom(), call.openUntil(), requested, call.ownSharePercent(), call.yearlyQuota(),
                    call.requiredDocuments(), call.checklist(), call.version())));
        }
        long id = test.submitted(applicant, requested, requested);
        signInAs("officer@example.com");
        UI.getCurrent().navigate("applications/" + id);
        button(_get(ApplicationPageView.class).review, "Phê duyệt").click();
        ApprovalDialog dialog = _get(ApprovalDialog.class);
        String asked = dialog.getElement().getTextRecursively();
        assertThat(asked).contains("Số tiền hỗ trợ: 250 triệu đồng", "một cán bộ khác phải phê duyệt lần hai",
                "Danh mục kiểm tra còn 4 mục chưa đánh dấu");
        dialog.confirm.click();
        assertThat(dialog.exception.isInvalid()).as("a reason is needed with items unticked").isTrue();
        assertThat(as.as("officer@example.com", () -> applications.detail(id)).application().status())
                .isEqualTo(ApplicationStatus.SUBMITTED);
        dialog.exception.setValue("Hội đồng đã xem hồ sơ giấy");
        dialog.confirm.click();
        assertThat(as.as("officer@example.com", () -> applications.detail(id)).application().status())
                .isEqualTo(ApplicationStatus.AWAITING_SECOND);

        ApplicationPageView page = _get(ApplicationPageView.class);
        Button waiting = button(page.review, "Chờ cán bộ khác phê duyệt");
        assertThat(waiting.isEnabled()).as("the first approver cannot approve again").isFalse();
        assertThat(page.decisionLink).as("no decision before the second approval").isNull();

        signInAs("officer2@example.com");
        UI.getCurrent().navigate("applications/" + id);
        button(_get(ApplicationPageView.class).review, "Phê duyệt").click();
        ApprovalDialog second = _get(ApprovalDialog.class);
        second.exception.setValue("Hội đồng đã xem hồ sơ giấy");
        second.confirm.click();
        assertThat(as.as("officer@example.com", () -> applications.detail(id)).application().status())
                .isEqualTo(ApplicationStatus.APPROVED);
        assertThat(_get(ApplicationPageView.class).decisionLink.getElement().getTextRecursively())
                .contains("Quyết định hỗ trợ (PDF)");
    }

    @Autowired
    vn.nscl.support.ReviewService reviewService;

    /**
     * Triage as in grant systems: an officer takes an application or gives it to a colleague (who finds it under
     * "Việc của tôi"); an application sent back comes again with the enterprise's reply, and the officer sees what
     * changed since the last submission.
     */
    @Test
    void officers_assign_applications_and_see_the_reply_and_what_changed_on_resubmission() {
        TestApplications.Applicant applicant = test.applicant();
        long id = test.submitted(applicant, new BigDecimal("40"), new BigDecimal("20"));
        String email = applicant.enterprise().email();

        signInAs("officer@example.com");
        UI.getCurrent().navigate("applications/" + id);
        ApplicationPageView page = _get(ApplicationPageView.class);
        assertThat(page.review.getElement().getTextRecursively()).contains("Chưa có người xử lý");
        var colleague = page.reviewer.getListDataView().getItems()
                .filter(r -> r.name().equals("Lê Văn Hùng")).findFirst().orElseThrow(); // officer2
        page.reviewer.setValue(colleague);
        page = _get(ApplicationPageView.class);
        assertThat(page.review.getElement().getTextRecursively()).contains("Người xử lý: " + colleague.name());

        signInAs("officer2@example.com");
        UI.getCurrent().navigate("applications/review");
        ReviewQueueView queue = _get(ReviewQueueView.class);
        queue.mine.setValue(true);
        assertThat(GridKt._findAll(queue.grid)).as("my tasks").isNotEmpty()
                .allSatisfy(row -> assertThat(row.reviewerName()).isEqualTo(colleague.name()))
                .anySatisfy(row -> assertThat(row.id()).isEqualTo(id));

        as.run("officer2@example.com", () -> reviewService.askForInformation(id, "Bổ sung báo giá",
                test.version(id)));
        signInAs(email);
        UI.getCurrent().navigate("applications/" + id + "/edit");
        ApplicationFormView form = _get(ApplicationFormView.class);
        assertThat(form.reply.isVisible()).isTrue();
        assertThat(form.reply.getHelperText()).contains("Bổ sung báo giá");
        form.title.setValue("Áp dụng 5S cho xưởng (có báo giá)");
        form.submit.click();
        assertThat(form.reply.isInvalid()).as("a reply to the request is needed").isTrue();
        form.reply.setValue("Đã bổ sung báo giá của đơn vị tư vấn");
        form.submit.click();
        ConfirmDialogKt._fireConfirm(form.confirm);

        signInAs("officer2@example.com");
        UI.getCurrent().navigate("applications/" + id);
        page = _get(ApplicationPageView.class);
        assertThat(page.changes.getElement().getTextRecursively()).contains("Thay đổi so với lần nộp trước (1)",
                "Trước: Áp dụng 5S cho xưởng sản xuất", "Nay: Áp dụng 5S cho xưởng (có báo giá)");
        assertThat(page.getElement().getTextRecursively()).contains("Đã bổ sung báo giá của đơn vị tư vấn");
    }
}
