package vn.nscl.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.recommendation.RuleSetService;
import vn.nscl.rulebase.ui.VersionPanel;
import vn.nscl.shared.ui.ReasonDialog;
import vn.nscl.tasks.TaskStatus;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TaskPanels;
import vn.nscl.testsupport.KeepsActiveRules;
import vn.nscl.testsupport.TestEnterprises;

class RuleSetViewTest extends KaribuTest {

    private static final String OFFICER = "officer@example.com";

    @RegisterExtension
    final KeepsActiveRules activeBefore = new KeepsActiveRules("recommendation");

    @Autowired
    RuleSetService ruleSets;

    @Autowired
    vn.nscl.rulebase.RuleVersions ruleVersions;

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    vn.nscl.catalogue.Catalogue catalogue;

    private String text(String file) {
        return new String(testEnterprises.as(OFFICER, () -> ruleVersions.file("recommendation", activeBefore.id(), file)),
                StandardCharsets.UTF_8);
    }

    @Test
    void an_officer_edits_a_draft_sees_the_error_line_dry_runs_and_activates() {
        signInAs(OFFICER);
        UI.getCurrent().navigate("rules");
        RuleSetView view = _get(RuleSetView.class);
        assertThat(view.screen.activeInfo.getText()).startsWith("Đang dùng: phiên bản");
        assertThat(GridKt._size(view.screen.versions)).isGreaterThanOrEqualTo(1);
        select(view, activeBefore.id());

        view.panel().draftButton.click();
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        _get(dialog, TextField.class).setValue("Thêm quy tắc cho xưởng gỗ");
        ConfirmDialogKt._fireConfirm(dialog);
        VersionPanel draft = view.panel();
        assertThat(draft.version.draft()).isTrue();
        assertThat(draft.version.note()).isEqualTo("Thêm quy tắc cho xưởng gỗ");

        String original = text("recommendation/workplace.drl");
        draft.open("recommendation/workplace.drl");
        assertThat(draft.editor.getValue()).isEqualTo(original);
        draft.editor.setValue(original.replaceFirst("Enterprise\\( \\)", "Enterprise( employees > )"));
        draft.saveButton.click();
        int brokenLine = lineOf(original, "Enterprise( )");
        assertThat(draft.problems.getElement().getTextRecursively()).contains("rules/recommendation/workplace.drl")
                .contains("Dòng " + brokenLine);
        assertThat(draft.activateButton).isNotNull();

        draft.editor.setValue(original);
        draft.saveButton.click();
        assertThat(draft.problems.getChildren()).isEmpty();

        UploadKt._upload(draft.upload, "xuong-go.drl", "text/plain", """
                package rules.recommendation;
                import vn.nscl.recommendation.facts.*;
                global vn.nscl.recommendation.facts.Advice advice;

                rule "Xưởng gỗ: thử nghiệm"
                    when
                        $e : Enterprise( employees == 4321 )
                    then
                        advice.recommend(drools, "5S", 90, "Thử " + $e.describeVi(), "Test " + $e.describeEn());
                end
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(GridKt._findAll(draft.files)).contains("recommendation/xuong-go.drl");
        assertThat(draft.problems.getChildren()).isEmpty();

        draft.dryRunButton.click();

        TaskPanels.awaitEnd(draft.dryRunProgress);
        assertThat(view.dryRunOf(draft).isVisible()).isTrue();
        assertThat(view.dryRunOf(draft).summary.getText()).contains("bài đánh giá").contains("0 bài có khuyến nghị thay đổi")
                .as("seconds in the Vietnamese number format").containsPattern("\\(\\d+(,\\d)? giây\\)");
        assertThat(view.dryRunOf(draft).casesSummary.getText()).contains("lượt đánh giá của các ca đạt")
                .contains("Bản nháp làm hỏng 0 lượt");
        assertThat(view.dryRunOf(draft).casesSummary.hasClassName("cases-ok")).isTrue();
        assertThat(view.dryRunOf(draft).brokenCases.isVisible()).isFalse();

        assertThat(view.dryRunOf(draft).diff.getElement().getTextRecursively()).contains("recommendation/xuong-go.drl")
                .contains("+rule \"Xưởng gỗ: thử nghiệm\"");

        long draftId = draft.version.id();
        assertThat(draft.activateButton.isEnabled()).as("four eyes: the author cannot activate").isFalse();
        assertThat(draft.getElement().getTextRecursively()).contains("Một cán bộ khác cần kiểm tra");

        signInAs("officer2@example.com");
        UI.getCurrent().navigate("rules");
        view = _get(RuleSetView.class);
        select(view, draftId);
        VersionPanel reviewed = view.panel();
        reviewed.dryRunButton.click();
        TaskPanels.awaitEnd(reviewed.dryRunProgress);
        assertThat(view.dryRunOf(reviewed).diff.getElement().getTextRecursively()).contains("recommendation/xuong-go.drl");
        assertThat(reviewed.activateButton.isEnabled()).isTrue();
        reviewed.activateButton.click();
        ReasonDialog activation = _get(ReasonDialog.class);
        _get(activation, Button.class, spec -> spec.withText("Kích hoạt")).click();
        assertThat(_get(activation, TextArea.class).isInvalid()).as("an activation note is required").isTrue();
        _get(activation, TextArea.class).setValue("Thêm quy tắc cho xưởng gỗ, đã chạy thử");
        _get(activation, Button.class, spec -> spec.withText("Kích hoạt")).click();
        assertThat(testEnterprises.as(OFFICER, () -> ruleVersions.active("recommendation").version().id())).isEqualTo(draftId);
        assertThat(view.screen.activeInfo.getText()).contains(String.valueOf(view.panel().version.number()))
                .contains("Lê Văn Hùng").contains("Thêm quy tắc cho xưởng gỗ, đã chạy thử");
        assertThat(view.panel().getElement().getTextRecursively()).contains("Các lần kích hoạt")
                .contains("Lê Văn Hùng: Thêm quy tắc cho xưởng gỗ, đã chạy thử");
    }

    @Test
    void a_draft_that_breaks_an_expert_case_is_flagged_before_activation() {
        long draftId = testEnterprises.as(OFFICER, () -> ruleVersions.createDraft("recommendation", activeBefore.id(), "bớt hồ tiêu"));
        signInAs(OFFICER);
        UI.getCurrent().navigate("rules");
        RuleSetView view = _get(RuleSetView.class);
        select(view, draftId);
        VersionPanel draft = view.panel();
        draft.open("recommendation/agri-food.drl");
        draft.editor.setValue(draft.editor.getValue().replace("Enterprise( pepper, crops || foodProcessing || trade )",
                "Enterprise( pepper, ocopStars > 5, crops || foodProcessing || trade )"));
        draft.saveButton.click();
        assertThat(draft.problems.getChildren()).isEmpty();
        draft.dryRunButton.click();
        TaskPanels.awaitEnd(draft.dryRunProgress);

        assertThat(view.dryRunOf(draft).casesSummary.hasClassName("cases-broken")).isTrue();
        assertThat(view.dryRunOf(draft).brokenCases.isVisible()).isTrue();
        List<vn.nscl.recommendation.DryRunReport.CaseRun> broken = GridKt._findAll(view.dryRunOf(draft).brokenCases);
        assertThat(broken).isNotEmpty().allSatisfy(run -> assertThat(run.lostExpected()).contains("PEPPER_QCKTDP"));
        assertThat(GridKt._getFormattedRow(view.dryRunOf(draft).brokenCases, 0).toString())
                .contains(catalogue.itemName("PEPPER_QCKTDP", java.util.Locale.forLanguageTag("vi")));

        assertThat(view.cases.getSummaryText()).startsWith("Ca kiểm thử của chuyên gia: ");
        assertThat(GridKt._size(view.cases.grid)).isGreaterThanOrEqualTo(49);
    }

    @Test
    void a_disguised_workbook_upload_is_refused_in_plain_words() {
        long draftId = testEnterprises.as(OFFICER, () -> ruleVersions.createDraft("recommendation", activeBefore.id(), "upload"));
        signInAs(OFFICER);
        UI.getCurrent().navigate("rules");
        RuleSetView view = _get(RuleSetView.class);
        select(view, draftId);
        VersionPanel draft = view.panel();
        UploadKt._upload(draft.upload, "bang.xlsx", "application/octet-stream",
                "day khong phai bang tinh".getBytes(StandardCharsets.UTF_8));
        assertThat(GridKt._findAll(draft.files)).doesNotContain("recommendation/bang.drl.xlsx");
        assertThat(testEnterprises.as(OFFICER, () -> ruleVersions.version("recommendation", draftId)).files())
                .doesNotContain("recommendation/bang.drl.xlsx");
    }

    @Test
    void an_enterprise_cannot_open_the_rules_screen() {
        signInAs("enterprise@example.com");
        UI.getCurrent().navigate("rules");
        assertThat(LocatorJ._find(RuleSetView.class)).isEmpty();
    }

    @Test
    void a_dry_run_goes_on_when_the_officer_leaves_and_is_shown_when_they_come_back_until_the_draft_changes() {
        long draftId = testEnterprises.as(OFFICER, () -> ruleVersions.createDraft("recommendation", activeBefore.id(),
                "Thử rời trang giữa lúc chạy thử"));
        signInAs(OFFICER);
        UI.getCurrent().navigate("rules");
        RuleSetView view = _get(RuleSetView.class);
        select(view, draftId);
        view.panel().dryRunButton.click();
        TaskStatus started = view.panel().dryRunProgress.followed();
        assertThat(started.running()).isTrue();
        assertThat(view.panel().dryRunProgress.isVisible()).isTrue();
        assertThat(view.panel().dryRunProgress.text.getText()).startsWith("Đang chạy").contains(OFFICER);

        UI.getCurrent().navigate("plan/dashboard");
        UI.getCurrent().navigate("rules");
        RuleSetView back = _get(RuleSetView.class);
        select(back, draftId);
        VersionPanel panel = back.panel();
        assertThat(panel.dryRunProgress.followed().id()).isEqualTo(started.id());
        TaskPanels.awaitEnd(panel.dryRunProgress);
        assertThat(back.dryRunOf(panel).summary.getText()).contains("bài đánh giá")
                .contains("0 bài có khuyến nghị thay đổi");

        testEnterprises.run(OFFICER, () -> ruleVersions.saveFile("recommendation", draftId,
                "recommendation/ghi-chu.drl", "package rules.recommendation;\n".getBytes(StandardCharsets.UTF_8),
                null));
        UI.getCurrent().navigate("plan/dashboard");
        UI.getCurrent().navigate("rules");
        RuleSetView changed = _get(RuleSetView.class);
        select(changed, draftId);
        assertThat(changed.panel().dryRunProgress.followed()).as("the run was of the draft before it changed")
                .isNull();
        assertThat(changed.panel().dryRun.getChildren()).isEmpty();
    }

    private static void select(RuleSetView view, long versionId) {
        view.screen.versions.select(view.screen.versions.getListDataView().getItems().filter(v -> v.id() == versionId)
                .findFirst().orElseThrow());
        assertThat(view.panel().version.id()).isEqualTo(versionId);
    }

    /** The 1-based line of the first occurrence of {@code text}. */
    private static int lineOf(String content, String text) {
        return (int) content.substring(0, content.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }
}
