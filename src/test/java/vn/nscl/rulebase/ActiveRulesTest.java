package vn.nscl.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nscl.testsupport.TestRuleTexts.BROKEN_RECOMMENDATION_RULE;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.audit.AuditLog;
import vn.nscl.audit.AuditQuery;
import vn.nscl.shared.Jobs;
import vn.nscl.shared.SeedingLock;
import vn.nscl.testsupport.TestEnterprises;

/** What a restart does with each kind's active version: keeps it, or falls back visibly when it no longer builds. */
@SpringBootTest
class ActiveRulesTest {

    private static final String OFFICER = "officer@example.com";

    @Autowired
    List<RuleKind<?>> kinds;

    @Autowired
    ActiveRules activeRules;

    @Autowired
    RuleVersions versions;

    @Autowired
    RuleSetVersionRepository versionRepository;

    @Autowired
    ActiveRuleSetRepository pointers;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Autowired
    Jobs jobs;

    @Autowired
    SeedingLock seeding;

    @Autowired
    TestEnterprises as;

    private Map<String, Long> originals;

    @BeforeEach
    void rememberActive() {
        originals = as.as(OFFICER, () -> Map.of("recommendation", versions.active("recommendation").version().id(),
                "matching", versions.active("matching").version().id()));
    }

    @AfterEach
    void restoreActive() {
        originals.forEach((kind, id) -> transaction.executeWithoutResult(status -> pointers.findById(kind)
                .orElseThrow().activate(id, OFFICER, clock.instant())));
        activeRules.followActiveVersions();
    }

    private ActiveRules restarted() {
        ActiveRules restarted = new ActiveRules(kinds, "rules", versionRepository, pointers, transaction, audit, clock,
                jobs, seeding);
        restarted.start();
        restarted.awaitStart();
        return restarted;
    }

    private RuleKind<?> kind(String code) {
        return kinds.stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void every_kind_has_its_shipped_version_active_after_a_start_and_keeps_an_activated_one_after_a_restart() {
        for (String code : List.of("recommendation", "matching")) {
            long draft = as.as(OFFICER, () -> versions.createDraft(code, originals.get(code), "restart"));
            as.run("officer2@example.com", () -> versions.activate(code, draft, "Kiểm thử: kích hoạt"));
            assertThat(activeRules.current(kind(code)).versionId()).isEqualTo(draft);
            assertThat(restarted().current(kind(code)).versionId()).as(code).isEqualTo(draft);
        }
    }

    @Test
    void an_active_version_that_no_longer_builds_does_not_stop_a_restart() {
        // As if a new release changed a fact that an officer's activated version uses.
        long broken = transaction.execute(status -> {
            RuleSetVersion version = new RuleSetVersion("recommendation",
                    versionRepository.maxNumber("recommendation") + 1, RuleSetVersion.Status.PUBLISHED, "old release",
                    new RuleFiles(Map.of("recommendation/cu.drl",
                            BROKEN_RECOMMENDATION_RULE.getBytes(StandardCharsets.UTF_8))),
                    OFFICER, clock.instant());
            version.publish(1);
            long id = versionRepository.saveAndFlush(version).getId();
            pointers.findById("recommendation").orElseThrow().activate(id, OFFICER, clock.instant());
            return id;
        });

        ActiveRules restarted = restarted();

        assertThat(restarted.current(kind("recommendation")).versionId()).as("back on the shipped rules")
                .isEqualTo(originals.get("recommendation")).isNotEqualTo(broken);
        assertThat(as.as(OFFICER, () -> versions.active("recommendation")).version().id())
                .isEqualTo(originals.get("recommendation"));
        assertThat(as.as("admin@example.com", () -> audit.search(new AuditQuery("không dựng được", "RULES_ACTIVATED",
                null, null), PageRequest.of(0, 5)).getContent())).isNotEmpty();
    }
}
