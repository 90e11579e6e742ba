package vn.nscl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.nscl.testsupport.TestRuleTexts.PAKO_ON_SITE;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.Language;
import vn.nscl.rulebase.RuleSetSummary;
import vn.nscl.rulebase.RuleVersions;
import vn.nscl.rulebase.RulesDoNotBuildException;
import vn.nscl.shared.UserFacingException;
import vn.nscl.testsupport.KeepsActiveRules;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestExperts;
import vn.nscl.testsupport.TestExperts.Spec;

/**
 * DOST changes matching as it changes the recommendation rules (one machinery): drafts, checks with file and line,
 * dry runs over the open requests, activation by a second officer; and a new hard constraint needs no release.
 */
@SpringBootTest
class MatchingPolicyServiceTest {

    static final String OFFICER = "officer@example.com";
    static final String OFFICER2 = "officer2@example.com";
    static final String KIND = "matching";
    static final String SETTINGS = "matching/matching.yaml";

    @RegisterExtension
    final KeepsActiveRules activeBefore = new KeepsActiveRules(KIND);

    @Autowired
    RuleVersions versions;

    @Autowired
    MatchingPolicyService dryRuns;

    @Autowired
    SupportRequestService requests;

    @Autowired
    TestEnterprises as;

    @Autowired
    TestExperts experts;

    private String settingsOf(long versionId) {
        return new String(as.as(OFFICER, () -> versions.file(KIND, versionId, SETTINGS)), StandardCharsets.UTF_8);
    }

    private void save(long draft, String path, String text, byte[] basedOn) {
        as.run(OFFICER, () -> versions.saveFile(KIND, draft, path, text.getBytes(StandardCharsets.UTF_8), basedOn));
    }

    @Test
    void the_shipped_version_holds_the_constraint_and_score_rules_and_the_numbers() {
        RuleSetSummary active = as.as(OFFICER, () -> versions.active(KIND).version());
        assertThat(active.files()).contains("matching/constraints.drl", "matching/score.drl", SETTINGS);
        assertThat(active.ruleCount()).as("one rule per constraint and per case of each score part")
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void a_draft_with_mistakes_shows_them_by_file_and_line_and_cannot_be_activated() {
        long draft = as.as(OFFICER, () -> versions.createDraft(KIND, activeBefore.id(), "Thử trọng số"));
        byte[] loaded = as.as(OFFICER, () -> versions.file(KIND, draft, SETTINGS));
        String text = settingsOf(draft).replace("load: 10", "load: 30");
        save(draft, SETTINGS, text, loaded);

        assertThat(as.as(OFFICER, () -> versions.validate(KIND, draft))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules/" + SETTINGS);
            assertThat(p.message()).contains("100");
            assertThat(text.lines().toList().get(p.line() - 1)).startsWith("weights:");
        });
        assertThatThrownBy(() -> as.run(OFFICER, () -> versions.activate(KIND, draft, "Kiểm thử: kích hoạt")))
                .as("four eyes: the author may not activate").hasMessageContaining("rules.error.four-eyes");
        assertThatThrownBy(() -> as.run(OFFICER2, () -> versions.activate(KIND, draft, "Kiểm thử: kích hoạt")))
                .isInstanceOf(RulesDoNotBuildException.class);
        assertThat(as.as(OFFICER, () -> versions.active(KIND).version().id())).isEqualTo(activeBefore.id());
        assertThatThrownBy(() -> save(draft, SETTINGS, text.replace("load: 30", "load: 10"), loaded))
                .as("someone saved the file since it was opened").hasMessageContaining("error.changed-meanwhile");

        save(draft, "matching/hong.drl", PAKO_ON_SITE.replace("Candidate(", "Ung-vien("), null);
        assertThat(as.as(OFFICER, () -> versions.validate(KIND, draft)))
                .anySatisfy(p -> assertThat(p.file()).isEqualTo("rules/matching/hong.drl"));
    }

    @Test
    void a_misspelt_score_component_is_shown_with_its_line_instead_of_giving_points_to_nothing() {
        long draft = as.as(OFFICER, () -> versions.createDraft(KIND, activeBefore.id(), "Thành phần viết sai"));
        String rule = PAKO_ON_SITE.replace("rule \"Loại: làm tại chỗ", "rule \"Vị trí: làm tại chỗ").replace(
                "ranking.exclude($e, \"Làm tại chỗ ở xã dùng tiếng Pa Kô cần người nói được tiếng Pa Kô\");",
                "// ranking.score($e, \"NOTHING\", 1.0, \"ghi chú\");\n"
                        + "        ranking.score($e, \"LOCATON\", 0.0, \"Không nói tiếng Pa Kô\");");
        save(draft, "matching/vi-tri.drl", rule, null);

        assertThat(as.as(OFFICER, () -> versions.validate(KIND, draft))).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules/matching/vi-tri.drl");
            assertThat(rule.lines().toList().get(p.line() - 1)).contains("\"LOCATON\"");
            assertThat(p.message()).contains("LOCATON", "LOCATION");
        });
        save(draft, "matching/vi-tri.drl", rule.replace("LOCATON", "LOCATION"),
                as.as(OFFICER, () -> versions.file(KIND, draft, "matching/vi-tri.drl")));
        assertThat(as.as(OFFICER, () -> versions.validate(KIND, draft))).isEmpty();
    }

    @Test
    void a_matching_rule_is_kept_to_what_rules_are_for() {
        long draft = as.as(OFFICER, () -> versions.createDraft(KIND, activeBefore.id(), "tấn công"));
        save(draft, "matching/tan-cong.drl", PAKO_ON_SITE.replace(
                "ranking.exclude($e, \"Làm tại chỗ ở xã dùng tiếng Pa Kô cần người nói được tiếng Pa Kô\");",
                "System.exit(1);"), null);
        assertThat(as.as(OFFICER, () -> versions.validate(KIND, draft))).isNotEmpty()
                .anySatisfy(p -> assertThat(p.file()).isEqualTo("rules/matching/tan-cong.drl"));
        save(draft, "matching/tan-cong.drl", PAKO_ON_SITE.replace("$e : Candidate( !speaks($r.language) )",
                "$e : Candidate( !speaks($r.language) )\n        $other : Candidate( id != $e.id )"), null);
        assertThat(as.as(OFFICER, () -> versions.validate(KIND, draft))).as("pairing every expert with every other")
                .anySatisfy(p -> assertThat(p.message()).contains("quá nhiều dữ kiện"));
        assertThatThrownBy(() -> save(draft, "recommendation/lac-cho.drl", PAKO_ON_SITE, null))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("rules.error.file-name");
    }

    @Test
    void a_dry_run_lists_whose_proposals_change_and_activation_changes_the_ranking() {
        String commune = experts.freshCommune();
        var enterprise = as.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var seasoned = experts.verified(Spec.in(commune, "ISO_56000", 3, 20).capacity(4));
        var speaker = experts.verified(Spec.in(commune, "ISO_56000", 2, 2).languages(Language.VI, Language.PAKO));
        long id = as.as(enterprise.email(), () -> requests.create(new NewSupportRequest("ISO_56000",
                "Đổi mới sáng tạo cho hợp tác xã", WorkMode.ON_SITE, Language.PAKO, null, null)));
        assertThat(as.as(enterprise.email(), () -> requests.candidates(id))).extracting(Match::expertId)
                .containsExactly(seasoned.id(), speaker.id());

        long draft = as.as(OFFICER, () -> versions.createDraft(KIND, activeBefore.id(), "Ưu tiên ngôn ngữ"));
        String languageFirst = settingsOf(draft).replace("competence: 35", "competence: 15")
                .replace("language: 10", "language: 30");
        save(draft, SETTINGS, languageFirst, null);
        assertThat(as.as(OFFICER, () -> versions.validate(KIND, draft))).isEmpty();

        PolicyDryRun run = as.as(OFFICER, () -> dryRuns.dryRun(draft));
        assertThat(run.problems()).isEmpty();
        assertThat(run.changes()).anySatisfy(change -> {
            assertThat(change.requestId()).isEqualTo(id);
            assertThat(change.before()).containsExactly(seasoned.name(), speaker.name());
            assertThat(change.after()).containsExactly(speaker.name(), seasoned.name());
            assertThat(change.lost()).isEmpty();
            assertThat(change.reworded()).as("other weights move the points, not what is said").isEmpty();
        });
        assertThat(as.as(enterprise.email(), () -> requests.candidates(id)).getFirst().expertId())
                .as("a dry run changes nothing").isEqualTo(seasoned.id());

        as.run(OFFICER2, () -> versions.activate(KIND, draft, "Kiểm thử: kích hoạt"));
        assertThat(as.as(enterprise.email(), () -> requests.candidates(id)).getFirst().expertId())
                .isEqualTo(speaker.id());
        assertThat(as.as(OFFICER, () -> versions.versions(KIND))).filteredOn(RuleSetSummary::active).singleElement()
                .satisfies(v -> assertThat(v.draft()).as("published when activated").isFalse());
        as.run(OFFICER, () -> versions.activate(KIND, activeBefore.id(), "Kiểm thử: kích hoạt"));
        assertThat(as.as(enterprise.email(), () -> requests.candidates(id)).getFirst().expertId())
                .isEqualTo(seasoned.id());
    }

    @Test
    void a_dry_run_lists_the_experts_whose_explanation_would_read_differently() {
        String commune = experts.freshCommune();
        var enterprise = as.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var seasoned = experts.verified(Spec.in(commune, "ISO_56000", 3, 20).capacity(4));
        long id = as.as(enterprise.email(), () -> requests.create(new NewSupportRequest("ISO_56000",
                "Đổi mới sáng tạo cho xưởng cơ khí", WorkMode.ON_SITE, Language.VI, null, null)));
        long draft = as.as(OFFICER, () -> versions.createDraft(KIND, activeBefore.id(), "Lời giải thích chỗ trống"));
        String score = new String(as.as(OFFICER, () -> versions.file(KIND, draft, "matching/score.drl")),
                StandardCharsets.UTF_8);
        String plainer = score.replace("\"matching.detail.load\",\n                $e.getLoad(), $e.getCapacity());",
                "\"Còn nhận thêm việc được\");");
        assertThat(plainer).isNotEqualTo(score);
        save(draft, "matching/score.drl", plainer, null);
        assertThat(as.as(OFFICER, () -> versions.validate(KIND, draft))).isEmpty();

        PolicyDryRun run = as.as(OFFICER, () -> dryRuns.dryRun(draft));

        assertThat(run.changes()).filteredOn(change -> change.requestId() == id).singleElement().satisfies(change -> {
            assertThat(change.before()).isEqualTo(change.after());
            assertThat(change.reworded()).singleElement().satisfies(reworded -> {
                assertThat(reworded.expertName()).isEqualTo(seasoned.name());
                assertThat(reworded.afterVi()).contains("Còn nhận thêm việc được");
                assertThat(reworded.beforeVi()).doesNotContain("Còn nhận thêm việc được");
            });
        });
    }

    @Test
    void a_new_hard_constraint_added_in_a_draft_holds_once_activated_without_a_release() {
        String commune = experts.freshCommune();
        var enterprise = as.create("C", false, EnterpriseType.ENTERPRISE, commune);
        var seasoned = experts.verified(Spec.in(commune, "ISO_56000", 3, 20).capacity(4));
        var speaker = experts.verified(Spec.in(commune, "ISO_56000", 2, 2).languages(Language.VI, Language.PAKO));
        long onSite = as.as(enterprise.email(), () -> requests.create(new NewSupportRequest("ISO_56000",
                "Đổi mới sáng tạo tại xưởng", WorkMode.ON_SITE, Language.PAKO, null, null)));
        long remote = as.as(enterprise.email(), () -> requests.create(new NewSupportRequest("ISO_56000",
                "Tư vấn từ xa", WorkMode.EITHER, Language.PAKO, null, null)));

        long draft = as.as(OFFICER, () -> versions.createDraft(KIND, activeBefore.id(), "Tiếng Pa Kô khi làm tại chỗ"));
        save(draft, "matching/ngon-ngu-tai-cho.drl", PAKO_ON_SITE, null);
        assertThat(as.as(OFFICER, () -> versions.validate(KIND, draft))).isEmpty();

        PolicyDryRun run = as.as(OFFICER, () -> dryRuns.dryRun(draft));
        assertThat(run.changes()).anySatisfy(change -> {
            assertThat(change.requestId()).isEqualTo(onSite);
            assertThat(change.after()).containsExactly(speaker.name());
            assertThat(change.lost()).singleElement().satisfies(lost -> {
                assertThat(lost.expertId()).isEqualTo(seasoned.id());
                assertThat(lost.reason()).contains("tiếng Pa Kô");
            });
        });
        assertThat(run.changes()).as("work that need not be on site keeps both")
                .noneMatch(change -> change.requestId() == remote);

        as.run(OFFICER2, () -> versions.activate(KIND, draft, "Kiểm thử: kích hoạt"));
        assertThat(as.as(enterprise.email(), () -> requests.candidates(onSite))).extracting(Match::expertId)
                .containsExactly(speaker.id());
        assertThat(as.as(enterprise.email(), () -> requests.candidates(remote))).extracting(Match::expertId)
                .containsExactly(seasoned.id(), speaker.id());
    }

    @Test
    void only_officers_and_admins_see_or_change_the_rules() {
        assertThatThrownBy(() -> as.as("enterprise@example.com", () -> versions.versions(KIND)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as("expert@example.com", () -> versions.createDraft(KIND, 1, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as("expert@example.com", () -> dryRuns.dryRun(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as("enterprise@example.com", () -> versions.compare(KIND, activeBefore.id(),
                activeBefore.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as("expert@example.com", () -> versions.activations(KIND, activeBefore.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as(OFFICER, () -> versions.compare(KIND, activeBefore.id(), Long.MAX_VALUE)))
                .as("a version that does not exist").isInstanceOf(UserFacingException.class);
    }
}
