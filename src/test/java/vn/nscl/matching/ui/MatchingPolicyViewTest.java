package vn.nscl.matching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.nscl.testsupport.TestRuleTexts.PAKO_ON_SITE;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.Language;
import vn.nscl.matching.Match;
import vn.nscl.matching.NewSupportRequest;
import vn.nscl.matching.SupportRequestService;
import vn.nscl.matching.WorkMode;
import vn.nscl.rulebase.RuleVersions;
import vn.nscl.rulebase.ui.VersionPanel;
import vn.nscl.shared.ui.ReasonDialog;
import vn.nscl.testsupport.KaribuTest;
import vn.nscl.testsupport.TaskPanels;
import vn.nscl.testsupport.KeepsActiveRules;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestExperts;
import vn.nscl.testsupport.TestExperts.Spec;

/**
 * An officer adds a hard constraint to the matching rules on the shared rules screen: a draft, a new rule file, its
 * mistakes shown by file and line, the dry run naming who would no longer be matched and why; a second officer
 * activates it and the enterprise's proposals follow.
 */
class MatchingPolicyViewTest extends KaribuTest {

    static final String OFFICER = "officer@example.com";

    @RegisterExtension
    final KeepsActiveRules activeBefore = new KeepsActiveRules("matching");

    @Autowired
    RuleVersions versions;

    @Autowired
    SupportRequestService requests;

    @Autowired
    TestEnterprises as;

    @Autowired
    TestExperts experts;

    @Test
    void an_officer_adds_a_constraint_in_a_draft_sees_who_it_excludes_and_a_second_officer_activates_it() {
        String commune = experts.freshCommune();
        var enterprise = as.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var seasoned = experts.verified(Spec.in(commune, "ISO_56000", 3, 20).capacity(4));
        var speaker = experts.verified(Spec.in(commune, "ISO_56000", 2, 2).languages(Language.VI, Language.PAKO));
        long request = as.as(enterprise.email(), () -> requests.create(new NewSupportRequest("ISO_56000",
                "Đổi mới sáng tạo tại xưởng", WorkMode.ON_SITE, Language.PAKO, null, null)));

        signInAs(OFFICER);
        UI.getCurrent().navigate("rules/matching");
        MatchingPolicyView view = _get(MatchingPolicyView.class);
        assertThat(view.screen.activeInfo.getText()).startsWith("Đang dùng: phiên bản");
        select(view, activeBefore.id());
        assertThat(view.screen.panel.version.files()).contains("matching/constraints.drl", "matching/score.drl",
                "matching/matching.yaml");
        view.screen.panel.draftButton.click();
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        _get(dialog, TextField.class).setValue("Tiếng Pa Kô khi làm tại chỗ");
        ConfirmDialogKt._fireConfirm(dialog);
        VersionPanel draft = view.screen.panel;
        assertThat(draft.version.draft()).isTrue();

        // The numbers open as a form: a total that is not 100 is refused before anything is saved.
        draft.open("matching/matching.yaml");
        PolicyForm form = (PolicyForm) draft.fileForm;
        assertThat(draft.editor).as("a form, not the YAML").isNull();
        String settings = settingsOf(draft.version.id());
        assertThat(form.load.getValue()).isEqualTo(10.0);
        assertThat(form.certificates.getValue()).contains("HACCP", "ISO_22000");
        assertThat(draft.hasUnsavedChanges()).isFalse();
        form.load.setValue(11.0);
        assertThat(draft.hasUnsavedChanges()).as("a number changed in the form").isTrue();
        assertThat(form.total.getText()).contains("101").contains("100");
        draft.saveButton.click();
        assertThat(settingsOf(draft.version.id()))
                .as("nothing saved").isEqualTo(settings);
        form.load.setValue(5.0);
        form.rating.setValue(15.0);
        form.deadline.setValue(45);
        draft.saveButton.click();
        assertThat(form.deadline.isInvalid()).as("1–30 working days").isTrue();
        form.deadline.setValue(5);
        draft.saveButton.click();
        String saved = settingsOf(draft.version.id());
        assertThat(saved).contains("  load: 5\n", "  rating: 15\n", "  deadline_working_days: 5\n")
                .as("the officers' comments stay").contains("# Quy tắc ghép chuyên gia", "#     load ");
        assertThat(draft.problems.getChildren()).isEmpty();
        assertThat(draft.hasUnsavedChanges()).as("saved").isFalse();

        // The same file as text, for whoever prefers it: a mistake is shown on its line.
        draft.openAsText("matching/matching.yaml");
        draft.editor.setValue(saved.replace("load: 5", "load: 6"));
        draft.saveButton.click();
        assertThat(draft.problems.getElement().getTextRecursively()).contains("rules/matching/matching.yaml")
                .contains("Dòng " + (saved.lines().toList().indexOf("weights:") + 1));
        draft.editor.setValue(settings);
        draft.saveButton.click();
        assertThat(draft.problems.getChildren()).isEmpty();

        UploadKt._upload(draft.upload, "ngon-ngu-tai-cho.drl", "text/plain",
                PAKO_ON_SITE.replace("!speaks($r.language)", "!speaks($r.language").getBytes(StandardCharsets.UTF_8));
        assertThat(draft.problems.getElement().getTextRecursively()).contains("rules/matching/ngon-ngu-tai-cho.drl");
        UploadKt._upload(draft.upload, "ngon-ngu-tai-cho.drl", "text/plain", PAKO_ON_SITE.getBytes(StandardCharsets.UTF_8));
        assertThat(draft.problems.getChildren()).isEmpty();
        assertThat(GridKt._findAll(draft.files)).contains("matching/ngon-ngu-tai-cho.drl");

        draft.dryRunButton.click();

        TaskPanels.awaitEnd(draft.dryRunProgress);
        assertThat(draft.dryRun.getElement().getTextRecursively()).contains("#" + request)
                .contains("Không còn được ghép: " + seasoned.name())
                .contains("tiếng Pa Kô");
        assertThat(draft.activateButton.isEnabled()).as("four eyes").isFalse();
        long draftId = draft.version.id();

        signInAs("officer2@example.com");
        UI.getCurrent().navigate("rules/matching");
        view = _get(MatchingPolicyView.class);
        select(view, draftId);
        view.screen.panel.activateButton.click();
        ReasonDialog activation = _get(ReasonDialog.class);
        _get(activation, TextArea.class).setValue("Ghép chuyên gia nói tiếng Pa Kô cho việc tại chỗ");
        _get(activation, Button.class, spec -> spec.withText("Kích hoạt")).click();
        assertThat(view.screen.activeInfo.getText()).contains("Lê Văn Hùng")
                .contains("Ghép chuyên gia nói tiếng Pa Kô cho việc tại chỗ");
        assertThat(as.as(enterprise.email(), () -> requests.candidates(request))).extracting(Match::expertId)
                .containsExactly(speaker.id());
    }

    private String settingsOf(long versionId) {
        return as.as("officer@example.com", () -> new String(versions.files(MatchingPolicyView.KIND, versionId)
                .files().get(MatchingPolicyView.SETTINGS_FILE), StandardCharsets.UTF_8));
    }

    private static void select(MatchingPolicyView view, long versionId) {
        view.screen.versions.select(view.screen.versions.getListDataView().getItems()
                .filter(v -> v.id() == versionId).findFirst().orElseThrow());
        assertThat(view.screen.panel.version.id()).isEqualTo(versionId);
    }
}
