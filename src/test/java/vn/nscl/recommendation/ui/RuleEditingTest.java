package vn.nscl.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import vn.nscl.rulebase.RuleVersions;
import vn.nscl.rulebase.ui.VersionComparison;
import vn.nscl.rulebase.ui.VersionPanel;
import vn.nscl.shared.ui.ReasonDialog;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TaskPanels;
import vn.nscl.testsupport.KeepsActiveRules;
import vn.nscl.testsupport.TestEnterprises;

/**
 * Rules editing for officers who do not program: the code editor with problems on their lines and a jump to them,
 * messages in Vietnamese with the Drools text folded away, any two versions side by side, re-activation said as
 * such with a note, and the dry run's reworded reasons.
 */
class RuleEditingTest extends KaribuTest {

    private static final String OFFICER = "officer@example.com";
    private static final String OFFICER2 = "officer2@example.com";
    private static final String WORKPLACE = "recommendation/workplace.drl";

    @RegisterExtension
    final KeepsActiveRules activeBefore = new KeepsActiveRules("recommendation");

    @Autowired
    RuleVersions ruleVersions;

    @Autowired
    TestEnterprises testEnterprises;

    @Test
    void a_missing_bracket_is_shown_on_its_own_line_in_vietnamese_and_the_line_opens_in_the_editor() {
        String original = workplace();
        int line = original.lines().toList().indexOf("        $q : QuestionAnswer( question == \"LEAN-01\", level <= 1 )")
                + 1;
        long draftId = testEnterprises.as(OFFICER, () -> ruleVersions.createDraft("recommendation", activeBefore.id(),
                "Thử lỗi dấu ngoặc"));
        signInAs(OFFICER);
        VersionPanel draft = show(draftId);

        draft.open(WORKPLACE);
        assertThat(draft.editor.getElement().getProperty("mode")).isEqualTo("drools");
        draft.editor.setValue(original.replace("level <= 1 )\n    then\n        advice.recommend(drools, \"5S\", 92",
                "level <= 1\n    then\n        advice.recommend(drools, \"5S\", 92"));
        draft.saveButton.click();

        String shown = draft.problems.getElement().getTextRecursively();
        assertThat(shown).contains("Dòng " + line).contains("Thiếu dấu ')'")
                .contains("mở ở dòng " + line);
        List<Span> messages = _find(draft.problems, Span.class, spec -> spec.withClasses("rule-problem-message"));
        assertThat(messages).isNotEmpty().allSatisfy(message -> assertThat(message.getText())
                .doesNotContain("mismatched").doesNotContain("ERR").doesNotContain(" / "));
        Details technical = _get(draft.problems, Details.class);
        assertThat(technical.isOpened()).as("the Drools text is folded away").isFalse();
        assertThat(technical.getElement().getTextRecursively()).contains("mismatched input");
        assertThat(draft.editor.getElement().getProperty("problems")).contains("\"line\":" + line);

        _get(draft, Button.class, spec -> spec.withText("Đóng")).click();
        assertThat(draft.openFile()).isNull();
        _get(draft.problems, Button.class, spec -> spec.withText("Dòng " + line)).click();
        assertThat(draft.openFile()).as("the line's file opens").isEqualTo(WORKPLACE);
        assertThat(draft.editor.getValue()).doesNotContain("level <= 1 )\n    then\n        advice.recommend(drools, "
                + "\"5S\", 92");
    }

    @Test
    void any_two_versions_are_compared_side_by_side_with_line_numbers() {
        String original = workplace();
        long draftId = testEnterprises.as(OFFICER, () -> {
            long id = ruleVersions.createDraft("recommendation", activeBefore.id(), "Đổi lời giải thích 5S");
            ruleVersions.saveFile("recommendation", id, WORKPLACE, original.replace(
                    "5S là bước đầu rẻ và nhanh nhất", "5S là việc nên làm trước tiên")
                    .getBytes(StandardCharsets.UTF_8), null);
            return id;
        });
        signInAs(OFFICER);
        show(draftId);
        VersionComparison comparison = _get(RuleSetView.class).screen.comparison;
        assertThat(comparison.from.getValue().number()).isLessThan(comparison.to.getValue().number());
        assertThat(comparison.to.getValue().id()).isEqualTo(draftId);
        comparison.compareButton.click();

        assertThat(comparison.result.getElement().getTextRecursively()).contains("1 tệp khác nhau").contains(WORKPLACE)
                .contains("dòng không đổi");
        int changedLine = original.lines().toList().indexOf(original.lines().filter(l -> l.contains(
                "5S là bước đầu rẻ và nhanh nhất")).findFirst().orElseThrow()) + 1;
        List<Span> changed = _find(comparison.result, Span.class, spec -> spec.withClasses("sbs-changed"));
        assertThat(changed).extracting(Span::getText).contains(String.valueOf(changedLine))
                .anySatisfy(text -> assertThat(text).contains("5S là bước đầu rẻ và nhanh nhất"))
                .anySatisfy(text -> assertThat(text).contains("5S là việc nên làm trước tiên"));
        assertThat(_find(comparison.result, Span.class, spec -> spec.withClasses("sbs-removed"))).isEmpty();

        comparison.to.setValue(comparison.from.getValue());
        comparison.compareButton.click();
        assertThat(comparison.result.getElement().getTextRecursively()).contains("cùng một phiên bản");
    }

    @Test
    void an_earlier_version_is_reactivated_as_such_with_a_note_kept_beside_it() {
        long newer = testEnterprises.as(OFFICER, () -> {
            long id = ruleVersions.createDraft("recommendation", activeBefore.id(), "Bản mới hơn");
            ruleVersions.saveFile("recommendation", id, "recommendation/ghi-chu.drl",
                    "package rules.recommendation;\n".getBytes(StandardCharsets.UTF_8), null);
            return id;
        });
        testEnterprises.run(OFFICER2, () -> ruleVersions.activate("recommendation", newer, "Thử bản mới"));
        int inUse = testEnterprises.as(OFFICER, () -> ruleVersions.version("recommendation", newer)).number();

        signInAs(OFFICER2);
        VersionPanel earlier = show(activeBefore.id());
        assertThat(earlier.activateButton.getText()).isEqualTo("Kích hoạt lại phiên bản này");
        earlier.activateButton.click();
        ReasonDialog dialog = _get(ReasonDialog.class);
        assertThat(dialog.getHeaderTitle()).startsWith("Kích hoạt lại phiên bản " + earlier.version.number());
        String text = _get(dialog, Paragraph.class).getText();
        assertThat(text).contains("thay phiên bản " + inUse + " đang dùng").doesNotContainIgnoringCase("bản nháp");
        assertThat(_get(dialog, TextArea.class).getLabel()).startsWith("Ghi chú kích hoạt");
        _get(dialog, TextArea.class).setValue("Bản mới làm sai khuyến nghị cho hộ kinh doanh");
        _get(dialog, Button.class, spec -> spec.withText("Kích hoạt lại phiên bản này")).click();

        VersionPanel after = _get(RuleSetView.class).panel();
        assertThat(after.version.id()).isEqualTo(activeBefore.id());
        assertThat(after.version.active()).isTrue();
        assertThat(after.getElement().getTextRecursively())
                .contains("Lê Văn Hùng: Bản mới làm sai khuyến nghị cho hộ kinh doanh");
    }

    @Test
    void the_dry_run_shows_reasons_rewritten_beside_tools_gained_and_lost() {
        long draftId = testEnterprises.as(OFFICER, () -> {
            long id = ruleVersions.createDraft("recommendation", activeBefore.id(), "Viết lại lý do 5S");
            ruleVersions.saveFile("recommendation", id, WORKPLACE, workplace().replace("Về sắp xếp nơi làm việc, ",
                    "Nơi làm việc: ").getBytes(StandardCharsets.UTF_8), null);
            return id;
        });
        signInAs(OFFICER2);
        VersionPanel panel = show(draftId);
        panel.dryRunButton.click();
        TaskPanels.awaitEnd(panel.dryRunProgress);
        DryRunPanel dryRun = _get(RuleSetView.class).dryRunOf(panel);
        assertThat(dryRun.rewordings.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(dryRun.rewordings, 0).toString()).contains("5S")
                .contains("Về sắp xếp nơi làm việc").contains("Nơi làm việc: ");
    }

    @Test
    void text_typed_and_not_saved_is_never_dropped_without_asking() {
        long draftId = testEnterprises.as(OFFICER, () -> ruleVersions.createDraft("recommendation", activeBefore.id(),
                "Thử bỏ thay đổi"));
        signInAs(OFFICER);
        VersionPanel draft = show(draftId);
        draft.open(WORKPLACE);
        String typed = draft.editor.getValue() + "\n// ghi chú chưa lưu\n";
        draft.editor.setValue(typed);
        assertThat(draft.hasUnsavedChanges()).isTrue();

        _get(draft, Button.class, spec -> spec.withText("Đóng")).click();
        ConfirmDialog close = _get(ConfirmDialog.class);
        assertThat(close.getElement().getProperty("header")).isEqualTo("Bỏ các thay đổi chưa lưu?");
        ConfirmDialogKt._fireCancel(close);
        assertThat(draft.openFile()).as("staying keeps the editor and the text").isEqualTo(WORKPLACE);
        assertThat(draft.editor.getValue()).isEqualTo(typed);

        UI.getCurrent().navigate("plan/dashboard");
        ConfirmDialog leave = _get(ConfirmDialog.class, spec -> spec.withPredicate(ConfirmDialog::isOpened));
        assertThat(_find(RuleSetView.class)).as("the page stays until the officer answers").isNotEmpty();
        ConfirmDialogKt._fireCancel(leave);

        draft.saveButton.click();
        assertThat(draft.hasUnsavedChanges()).as("saved").isFalse();
        _get(draft, Button.class, spec -> spec.withText("Đóng")).click();
        assertThat(draft.openFile()).as("nothing to lose: closed at once").isNull();
        assertThat(workplaceOf(draftId)).isEqualTo(typed);
    }

    private String workplaceOf(long versionId) {
        return new String(testEnterprises.as(OFFICER, () -> ruleVersions.file("recommendation", versionId,
                WORKPLACE)), StandardCharsets.UTF_8);
    }

    private String workplace() {
        return new String(testEnterprises.as(OFFICER, () -> ruleVersions.file("recommendation", activeBefore.id(),
                WORKPLACE)), StandardCharsets.UTF_8);
    }

    private VersionPanel show(long versionId) {
        UI.getCurrent().navigate("rules");
        RuleSetView view = _get(RuleSetView.class);
        view.screen.versions.select(view.screen.versions.getListDataView().getItems()
                .filter(v -> v.id() == versionId).findFirst().orElseThrow());
        return view.panel();
    }
}
