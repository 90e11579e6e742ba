package vn.nscl.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.expert.Language;
import vn.nscl.shared.UserFacingException;
import vn.nscl.testsupport.TestEnterprises;
import vn.nscl.testsupport.TestExperts;
import vn.nscl.testsupport.TestExperts.Spec;

/** DOST tunes matching like the recommendation rules: drafts, checks with lines, dry runs, activation. */
@SpringBootTest
class MatchingPolicyServiceTest {

    static final String OFFICER = "officer@example.com";

    @Autowired
    MatchingPolicyService policies;

    @Autowired
    SupportRequestService requests;

    @Autowired
    TestEnterprises as;

    @Autowired
    TestExperts experts;

    @Test
    void a_draft_with_mistakes_shows_them_by_line_and_cannot_be_activated() {
        long active = as.as(OFFICER, () -> policies.active().version().id());
        long draft = as.as(OFFICER, () -> policies.createDraft(active, "Thử trọng số"));
        String text = as.as(OFFICER, () -> policies.content(draft)).replace("load: 10", "load: 30");
        long version = as.as(OFFICER, () -> policies.versions().stream().filter(v -> v.id() == draft).findFirst()
                .orElseThrow().version());
        as.run(OFFICER, () -> policies.save(draft, text, version));

        assertThat(as.as(OFFICER, () -> policies.validate(draft))).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("matching.policy.error.weight-sum");
            assertThat(text.lines().toList().get(p.line() - 1)).startsWith("weights:");
        });
        assertThatThrownBy(() -> as.run(OFFICER, () -> policies.activate(draft)))
                .as("four eyes: the author may not activate").hasMessageContaining("rules.error.four-eyes");
        assertThatThrownBy(() -> as.run("officer2@example.com", () -> policies.activate(draft)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("matching.policy.error.invalid");
        assertThat(as.as(OFFICER, () -> policies.active().version().id())).isEqualTo(active);
        assertThatThrownBy(() -> as.run(OFFICER, () -> policies.save(draft, text, version)))
                .hasMessageContaining("error.changed-meanwhile");
    }

    @Test
    void a_dry_run_lists_whose_proposals_change_and_activation_changes_the_ranking() {
        String commune = experts.freshCommune();
        var enterprise = as_enterprise(commune);
        var seasoned = experts.verified(Spec.in(commune, "ISO_56000", 3, 20).capacity(4));
        var speaker = experts.verified(Spec.in(commune, "ISO_56000", 2, 2).languages(Language.VI, Language.PAKO));
        long id = as.as(enterprise.email(), () -> requests.create(new NewSupportRequest("ISO_56000",
                "Đổi mới sáng tạo cho hợp tác xã", WorkMode.ON_SITE, Language.PAKO, null, null)));
        assertThat(as.as(enterprise.email(), () -> requests.candidates(id))).extracting(Match::expertId)
                .containsExactly(seasoned.id(), speaker.id());

        long active = as.as(OFFICER, () -> policies.active().version().id());
        long draft = as.as(OFFICER, () -> policies.createDraft(active, "Ưu tiên ngôn ngữ"));
        String languageFirst = as.as(OFFICER, () -> policies.content(draft)).replace("competence: 35", "competence: 15")
                .replace("language: 10", "language: 30");
        long version = as.as(OFFICER, () -> policies.versions().stream().filter(v -> v.id() == draft).findFirst()
                .orElseThrow().version());
        as.run(OFFICER, () -> policies.save(draft, languageFirst, version));
        assertThat(as.as(OFFICER, () -> policies.validate(draft))).isEmpty();

        PolicyDryRun run = as.as(OFFICER, () -> policies.dryRun(draft));
        assertThat(run.problems()).isEmpty();
        assertThat(run.changes()).anySatisfy(change -> {
            assertThat(change.requestId()).isEqualTo(id);
            assertThat(change.before()).containsExactly(seasoned.name(), speaker.name());
            assertThat(change.after()).containsExactly(speaker.name(), seasoned.name());
        });
        assertThat(as.as(enterprise.email(), () -> requests.candidates(id)).getFirst().expertId())
                .as("a dry run changes nothing").isEqualTo(seasoned.id());

        as.run("officer2@example.com", () -> policies.activate(draft));
        try {
            assertThat(as.as(enterprise.email(), () -> requests.candidates(id)).getFirst().expertId())
                    .isEqualTo(speaker.id());
            assertThat(as.as(OFFICER, () -> policies.versions())).filteredOn(PolicySummary::active).singleElement()
                    .satisfies(v -> assertThat(v.draft()).as("published when activated").isFalse());
        } finally {
            as.run(OFFICER, () -> policies.activate(active));
        }
        assertThat(as.as(enterprise.email(), () -> requests.candidates(id)).getFirst().expertId())
                .isEqualTo(seasoned.id());
    }

    TestEnterprises.Created as_enterprise(String commune) {
        return as.create("C", false, EnterpriseType.ENTERPRISE, commune);
    }

    @Test
    void only_officers_and_admins_see_or_change_the_policy() {
        assertThatThrownBy(() -> as.as("enterprise@example.com", () -> policies.versions()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.as("expert@example.com", () -> policies.createDraft(1, "")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
