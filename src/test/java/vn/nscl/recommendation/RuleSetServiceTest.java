package vn.nscl.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.nscl.testsupport.TestRuleTexts.BROKEN_RECOMMENDATION_RULE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import vn.nscl.rulebase.RulesDoNotBuildException;
import vn.nscl.rulebase.RuleSetSummary;
import vn.nscl.rulebase.RuleFiles;
import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.SubmittedAssessment;
import vn.nscl.audit.AuditEntry;
import vn.nscl.audit.AuditLog;
import vn.nscl.audit.AuditQuery;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.enterprise.EnterpriseType;
import vn.nscl.rulebase.RuleProblem;
import vn.nscl.shared.UserFacingException;
import vn.nscl.testsupport.KeepsActiveRules;
import vn.nscl.testsupport.TestEnterprises;

@SpringBootTest
class RuleSetServiceTest {

    private static final String OFFICER = "officer@example.com";
    /** Four eyes: drafts are written by OFFICER and activated by this second officer. */
    private static final String OFFICER2 = "officer2@example.com";
    private static final String TEST_RULE = "Thử nghiệm: sở hữu trí tuệ cho đơn vị 77 lao động";

    /** One extra rule that only fires for enterprises of exactly 77 employees, so only test enterprises change. */
    private static final String EXTRA_RULE = """
            package rules.recommendation;

            import vn.nscl.recommendation.facts.*;

            global vn.nscl.recommendation.facts.Advice advice;

            rule "%s"
                when
                    $e : Enterprise( employees == 77 )
                then
                    advice.recommend(drools, "IP", 100, "Thử nghiệm cho " + $e.describeVi(), "Test for " + $e.describeEn());
            end
            """.formatted(TEST_RULE);

    @RegisterExtension
    final KeepsActiveRules activeBefore = new KeepsActiveRules("recommendation");

    @Autowired
    RuleSetService ruleSets;

    @Autowired
    vn.nscl.rulebase.RuleVersions ruleVersions;

    @Autowired
    RuleEngine engine;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    SubmittedEnterprises submitted;

    @Autowired
    TestEnterprises testEnterprises;

    @Autowired
    AssessmentResultsService assessments;

    @Autowired
    EnterpriseProfileService profiles;

    @Autowired
    AuditLog audit;

    private <T> T asOfficer(Supplier<T> action) {
        return testEnterprises.as(OFFICER, action);
    }

    private void activateAsSecondOfficer(long versionId) {
        testEnterprises.run(OFFICER2, () -> ruleVersions.activate("recommendation", versionId, "Kiểm thử: kích hoạt"));
    }

    private long draftWith(String path, String content) {
        return asOfficer(() -> {
            long draft = ruleVersions.createDraft("recommendation", activeBefore.id(), "test");
            ruleVersions.saveFile("recommendation", draft, path, content.getBytes(StandardCharsets.UTF_8), null);
            return draft;
        });
    }

    private List<String> auditActions(String action) {
        return testEnterprises.as("admin@example.com", () -> audit.search(new AuditQuery(null, action, null, null),
                org.springframework.data.domain.PageRequest.of(0, 50)).stream().map(AuditEntry::action).toList());
    }

    @Test
    void a_broken_upload_is_reported_with_file_and_line_and_cannot_be_activated() {
        int activeNumber = engine.active().number();
        long draft = draftWith("recommendation/hong.drl", BROKEN_RECOMMENDATION_RULE);

        List<RuleProblem> problems = asOfficer(() -> ruleVersions.validate("recommendation", draft));
        assertThat(problems).isNotEmpty();
        assertThat(problems.getFirst().file()).isEqualTo("rules/recommendation/hong.drl");
        assertThat(problems).extracting(RuleProblem::line).contains(7);

        assertThatThrownBy(() -> activateAsSecondOfficer(draft)).isInstanceOf(RulesDoNotBuildException.class)
                .satisfies(e -> assertThat(((RulesDoNotBuildException) e).problems()).isNotEmpty());
        assertThat(engine.active().versionId()).isEqualTo(activeBefore.id());
        assertThat(engine.active().number()).isEqualTo(activeNumber);
        RuleSetSummary stillDraft = asOfficer(() -> ruleVersions.versions("recommendation")).stream().filter(v -> v.id() == draft)
                .findFirst().orElseThrow();
        assertThat(stillDraft.draft()).isTrue();
        assertThat(stillDraft.active()).isFalse();
        assertThat(asOfficer(() -> ruleVersions.active("recommendation")).version().id()).isEqualTo(activeBefore.id());

        var dryRun = asOfficer(() -> ruleSets.dryRun(draft));
        assertThat(dryRun.problems()).isNotEmpty();
        assertThat(dryRun.evaluated()).isZero();
    }

    @Test
    void the_author_of_a_draft_cannot_activate_it_and_a_second_officer_can() {
        long draft = draftWith("recommendation/thu-nghiem.drl", EXTRA_RULE);
        assertThat(asOfficer(() -> ruleVersions.version("recommendation", draft)).writtenBySignedIn()).isTrue();
        assertThatThrownBy(() -> asOfficer(() -> {
            ruleVersions.activate("recommendation", draft, "Kiểm thử: kích hoạt");
            return null;
        })).isInstanceOf(UserFacingException.class).hasMessage("rules.error.four-eyes");
        assertThat(engine.active().versionId()).isEqualTo(activeBefore.id());

        // A second officer who edits the draft becomes an author too, and a third one activates it.
        testEnterprises.run(OFFICER2, () -> ruleVersions.saveFile("recommendation", draft, "recommendation/them.drl",
                EXTRA_RULE.replace(TEST_RULE, "Thêm").getBytes(StandardCharsets.UTF_8), null));
        assertThatThrownBy(() -> activateAsSecondOfficer(draft)).hasMessage("rules.error.four-eyes");
        assertThat(testEnterprises.as("admin@example.com", () -> ruleVersions.version("recommendation", draft)).writtenBySignedIn())
                .isFalse();
        testEnterprises.run("admin@example.com", () -> ruleVersions.activate("recommendation", draft, "Kiểm thử: kích hoạt"));
        assertThat(engine.active().versionId()).isEqualTo(draft);
    }

    @Test
    void a_malicious_draft_is_refused_by_check_dry_run_and_activation_and_never_runs() throws Exception {
        java.nio.file.Files.deleteIfExists(MaliciousRulesTest.MARKER);
        long draft = draftWith("recommendation/tan-cong.drl", MaliciousRulesTest.rule("$e : Enterprise( )",
                "Runtime.getRuntime().exec(\"touch " + MaliciousRulesTest.MARKER + "\");"));

        assertThat(asOfficer(() -> ruleVersions.validate("recommendation", draft))).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("rules/recommendation/tan-cong.drl");
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.message()).contains("Runtime");
        });
        DryRunReport run = asOfficer(() -> ruleSets.dryRun(draft));
        assertThat(run.evaluated()).isZero();
        assertThat(run.problems()).isNotEmpty();
        assertThat(run.diff()).singleElement().satisfies(diff -> {
            assertThat(diff.path()).isEqualTo("recommendation/tan-cong.drl");
            assertThat(diff.change()).isEqualTo(vn.nscl.rulebase.RuleFileDiff.Change.ADDED);
            assertThat(diff.lines()).anyMatch(line -> line.startsWith("+") && line.contains("Runtime"));
        });
        assertThatThrownBy(() -> activateAsSecondOfficer(draft)).isInstanceOf(RulesDoNotBuildException.class);
        assertThat(engine.active().versionId()).isEqualTo(activeBefore.id());
        assertThat(MaliciousRulesTest.MARKER).doesNotExist();
    }

    @Test
    void a_runaway_rule_set_stops_the_dry_run_at_the_fire_limit_with_the_rule_named() {
        // Each rule pairs every answer with every answer: allowed (two unkeyed patterns) but together far past the
        // limit of firings for one enterprise.
        String runaway = """
                package rules.recommendation;
                import vn.nscl.recommendation.facts.*;
                global vn.nscl.recommendation.facts.Advice advice;

                rule "Mọi cặp câu trả lời A"
                    when
                        $a : QuestionAnswer( )
                        $b : QuestionAnswer( )
                    then
                        advice.recommend(drools, "5S", 10, "a " + $a.getQuestion(), "b");
                end
                rule "Mọi cặp câu trả lời B"
                    when
                        $a : QuestionAnswer( )
                        $b : QuestionAnswer( )
                    then
                        advice.recommend(drools, "KAIZEN", 10, "a " + $b.getQuestion(), "b");
                end
                """;
        submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 30, 2);
        long draft = draftWith("recommendation/vong-lap.drl", runaway);
        assertThat(asOfficer(() -> ruleVersions.validate("recommendation", draft))).isEmpty();

        DryRunReport run = asOfficer(() -> ruleSets.dryRun(draft));
        assertThat(run.changes()).isEmpty();
        assertThat(run.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("kích hoạt quá 5000 lần").contains("Mọi cặp câu trả lời"));
        assertThat(auditActions("RULES_DRY_RUN")).isNotEmpty();
    }

    @Test
    void a_dry_run_lists_the_reasons_that_read_differently_even_when_the_same_tools_are_recommended() {
        var untidy = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 30, 1);
        assertThat(testEnterprises.as(untidy.email(), () -> recommendations.forAssessment(untidy.assessmentId()))
                .tools()).filteredOn(Recommendation::shown).extracting(Recommendation::code).contains("5S");
        String workplace = new String(asOfficer(() -> ruleVersions.file("recommendation", activeBefore.id(),
                "recommendation/workplace.drl")), StandardCharsets.UTF_8);
        String reworded = workplace.replace("5S là bước đầu rẻ và nhanh nhất", "5S là việc nên làm trước tiên")
                .replace("Đưa 5S ra toàn cơ sở", "Mở rộng 5S ra toàn cơ sở");
        assertThat(reworded).isNotEqualTo(workplace);
        long draft = draftWith("recommendation/workplace.drl", reworded);

        DryRunReport run = asOfficer(() -> ruleSets.dryRun(draft));

        assertThat(run.problems()).isEmpty();
        assertThat(run.shifts()).filteredOn(shift -> shift.code().equals("5S")).singleElement().satisfies(shift -> {
            assertThat(shift.gained()).isZero();
            assertThat(shift.lost()).isZero();
            assertThat(shift.reworded()).isPositive();
            assertThat(shift.reasonBefore()).isNotEqualTo(shift.reasonAfter()).startsWith("Về sắp xếp nơi làm việc");
            assertThat(shift.reasonAfter()).containsAnyOf("5S là việc nên làm trước tiên", "Mở rộng 5S ra toàn cơ sở");
        });
        assertThat(run.changes()).filteredOn(change -> change.assessmentId() == untidy.assessmentId()).singleElement()
                .satisfies(change -> {
                    assertThat(change.gained()).isEmpty();
                    assertThat(change.lost()).isEmpty();
                    assertThat(change.reworded()).singleElement().satisfies(r -> {
                        assertThat(r.code()).isEqualTo("5S");
                        assertThat(r.before()).contains("5S là bước đầu rẻ và nhanh nhất");
                        assertThat(r.after()).contains("5S là việc nên làm trước tiên")
                                .doesNotContain("bước đầu rẻ");
                    });
                });
    }

    @Test
    void files_that_are_not_what_they_claim_are_refused_and_nothing_is_saved() {
        long draft = asOfficer(() -> ruleVersions.createDraft("recommendation", activeBefore.id(), null));
        List<String> filesBefore = asOfficer(() -> ruleVersions.versions("recommendation")).stream().filter(v -> v.id() == draft)
                .findFirst().orElseThrow().files();
        Map<String, byte[]> refused = new HashMap<>();
        refused.put("recommendation/bang.xlsx", "rule \"x\" when then end".getBytes(StandardCharsets.UTF_8));
        refused.put("../../etc/passwd.drl", EXTRA_RULE.getBytes(StandardCharsets.UTF_8));
        refused.put("recommendation/Tên có dấu.drl", EXTRA_RULE.getBytes(StandardCharsets.UTF_8));
        refused.put("recommendation/script.sh", EXTRA_RULE.getBytes(StandardCharsets.UTF_8));
        refused.put("recommendation/trong.drl", new byte[0]);
        refused.put("recommendation/qua-lon.drl", new byte[vn.nscl.rulebase.RuleVersions.MAX_FILE_BYTES + 1]);
        refused.put("recommendation/latin1.drl", new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xE9, (byte) 0xFF});
        Map<String, String> expected = Map.of("recommendation/bang.xlsx", "rules.error.not-xlsx",
                "../../etc/passwd.drl", "rules.error.file-name", "recommendation/Tên có dấu.drl", "rules.error.file-name",
                "recommendation/script.sh", "rules.error.file-name", "recommendation/trong.drl", "rules.error.file-size",
                "recommendation/qua-lon.drl", "rules.error.file-size", "recommendation/latin1.drl", "rules.error.not-text");
        refused.forEach((path, content) -> assertThatThrownBy(() -> asOfficer(() -> {
            ruleVersions.saveFile("recommendation", draft, path, content, null);
            return null;
        })).as(path).isInstanceOf(UserFacingException.class).hasMessage(expected.get(path)));
        assertThat(asOfficer(() -> ruleVersions.versions("recommendation")).stream().filter(v -> v.id() == draft).findFirst()
                .orElseThrow().files()).isEqualTo(filesBefore);

        assertThatThrownBy(() -> asOfficer(() -> {
            ruleVersions.saveFile("recommendation", activeBefore.id(), "recommendation/them.drl", EXTRA_RULE.getBytes(StandardCharsets.UTF_8), null);
            return null;
        })).as("a published version is frozen").hasMessage("rules.error.not-draft");
        assertThatThrownBy(() -> asOfficer(() -> {
            ruleVersions.deleteFile("recommendation", activeBefore.id(), "recommendation/workplace.drl");
            return null;
        })).hasMessage("rules.error.not-draft");
    }

    @Test
    void an_uploaded_workbook_is_stored_under_the_name_drools_reads() throws Exception {
        byte[] workbook = getClass().getResourceAsStream("/rules/recommendation/gap-matrix.drl.xlsx").readAllBytes();
        long draft = asOfficer(() -> ruleVersions.createDraft("recommendation", activeBefore.id(), "workbook"));
        asOfficer(() -> {
            ruleVersions.deleteFile("recommendation", draft, "recommendation/gap-matrix.drl.xlsx");
            ruleVersions.saveFile("recommendation", draft, "recommendation/Ma-tran.xlsx", workbook, null);
            return null;
        });
        RuleSetSummary version = asOfficer(() -> ruleVersions.versions("recommendation")).stream().filter(v -> v.id() == draft)
                .findFirst().orElseThrow();
        assertThat(version.files()).contains("recommendation/ma-tran.drl.xlsx")
                .doesNotContain("recommendation/gap-matrix.drl.xlsx");
        assertThat(asOfficer(() -> ruleVersions.validate("recommendation", draft))).isEmpty();
    }

    @Test
    void activation_switches_the_rules_and_an_earlier_version_can_be_reactivated() {
        var before = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 77, 4);
        int originalNumber = engine.active().number();
        long draft = draftWith("recommendation/thu-nghiem.drl", EXTRA_RULE);
        assertThat(asOfficer(() -> ruleVersions.validate("recommendation", draft))).isEmpty();

        assertThatThrownBy(() -> testEnterprises.run(OFFICER2, () -> ruleVersions.activate("recommendation", draft,
                " \t "))).as("an activation says why").isInstanceOf(UserFacingException.class);
        activateAsSecondOfficer(draft);
        vn.nscl.rulebase.RuleVersions.ActiveInfo active = asOfficer(() -> ruleVersions.active("recommendation"));
        assertThat(active.version().id()).isEqualTo(draft);
        assertThat(active.version().draft()).as("published on activation").isFalse();
        assertThat(active.activatedBy()).isEqualTo("Lê Văn Hùng");
        assertThat(active.note()).isEqualTo("Kiểm thử: kích hoạt");
        assertThat(asOfficer(() -> ruleVersions.activations("recommendation", draft))).singleElement()
                .satisfies(a -> assertThat(a.note()).isEqualTo("Kiểm thử: kích hoạt"));
        assertThat(engine.active().versionId()).isEqualTo(draft);

        var after = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 77, 4);
        AssessmentRecommendations newAdvice = testEnterprises.as(after.email(),
                () -> recommendations.forAssessment(after.assessmentId()));
        assertThat(newAdvice.ruleSetNumber()).isEqualTo(active.version().number());
        assertThat(newAdvice.tools()).extracting(Recommendation::rule).contains(TEST_RULE);
        AssessmentRecommendations oldAdvice = testEnterprises.as(before.email(),
                () -> recommendations.forAssessment(before.assessmentId()));
        assertThat(oldAdvice.ruleSetNumber()).as("stored advice keeps the version that made it")
                .isEqualTo(originalNumber);
        assertThat(oldAdvice.tools()).extracting(Recommendation::rule).doesNotContain(TEST_RULE);

        asOfficer(() -> {
            ruleVersions.activate("recommendation", activeBefore.id(), "Kiểm thử: kích hoạt");
            return null;
        });
        assertThat(engine.active().versionId()).isEqualTo(activeBefore.id());
        var rolledBack = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 77, 4);
        assertThat(testEnterprises.as(rolledBack.email(), () -> recommendations.forAssessment(rolledBack.assessmentId()))
                .tools()).extracting(Recommendation::rule).doesNotContain(TEST_RULE);
        assertThat(asOfficer(() -> ruleVersions.versions("recommendation"))).extracting(RuleSetSummary::id).contains(draft, activeBefore.id());
        assertThat(auditActions("RULES_ACTIVATED")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(auditActions("RULES_DRAFT_CREATED")).isNotEmpty();
        assertThat(auditActions("RULES_FILE_SAVED")).isNotEmpty();
    }

    @Test
    void the_dry_run_shows_which_enterprises_gain_and_lose_what() {
        var concerned = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 77, 1);
        var untouched = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 20, 1);
        long gainDraft = draftWith("recommendation/thu-nghiem.drl", EXTRA_RULE);

        DryRunReport gains = asOfficer(() -> ruleSets.dryRun(gainDraft));
        assertThat(gains.problems()).isEmpty();
        assertThat(gains.evaluated()).isGreaterThanOrEqualTo(2);
        assertThat(gains.candidateNumber()).isGreaterThan(gains.activeNumber());
        assertThat(gains.changes()).extracting(DryRunReport.Change::assessmentId).contains(concerned.assessmentId())
                .doesNotContain(untouched.assessmentId());
        DryRunReport.Change change = gains.changes().stream()
                .filter(c -> c.assessmentId() == concerned.assessmentId()).findFirst().orElseThrow();
        assertThat(change.gained()).containsExactly("IP");
        assertThat(change.lost()).as("IP pushes the fifth tool out of the shown list").hasSize(1);
        assertThat(change.enterpriseName()).startsWith("Cơ sở thử nghiệm");
        assertThat(engine.active().versionId()).as("a dry run activates nothing").isEqualTo(activeBefore.id());

        long loseDraft = asOfficer(() -> {
            long draft = ruleVersions.createDraft("recommendation", activeBefore.id(), "no programmes");
            ruleVersions.deleteFile("recommendation", draft, "recommendation/programmes.drl");
            return draft;
        });
        DryRunReport losses = asOfficer(() -> ruleSets.dryRun(loseDraft));
        List<String> programmesBefore = testEnterprises.as(untouched.email(),
                () -> recommendations.forAssessment(untouched.assessmentId())).programmes().stream()
                .map(Recommendation::code).toList();
        assertThat(programmesBefore).isNotEmpty();
        DryRunReport.Change lost = losses.changes().stream()
                .filter(c -> c.assessmentId() == untouched.assessmentId()).findFirst().orElseThrow();
        assertThat(lost.lost()).containsAll(programmesBefore);
        assertThat(lost.gained()).doesNotContainAnyElementsOf(programmesBefore);
        assertThat(auditActions("RULES_DRY_RUN")).isNotEmpty();
    }

    @Test
    void the_dry_run_checks_the_expert_cases_and_names_the_ones_a_draft_breaks() {
        long unchanged = asOfficer(() -> ruleVersions.createDraft("recommendation", activeBefore.id(), "unchanged"));
        DryRunReport same = asOfficer(() -> ruleSets.dryRun(unchanged));
        assertThat(same.cases().runs()).isGreaterThanOrEqualTo(70);
        assertThat(same.cases().broken()).isEmpty();
        assertThat(same.cases().passedAfter()).isEqualTo(same.cases().passedBefore());
        assertThat(same.cases().acceptable()).isTrue();

        String agriFood = asOfficer(() -> new String(ruleVersions.file("recommendation", activeBefore.id(), "recommendation/agri-food.drl"),
                StandardCharsets.UTF_8));
        String withoutPepper = agriFood.replace("Enterprise( pepper, crops || foodProcessing || trade )",
                "Enterprise( pepper, ocopStars > 5, crops || foodProcessing || trade )");
        assertThat(withoutPepper).isNotEqualTo(agriFood);
        long breaking = draftWith("recommendation/agri-food.drl", withoutPepper);
        DryRunReport broken = asOfficer(() -> ruleSets.dryRun(breaking));
        assertThat(broken.problems()).isEmpty();
        assertThat(broken.cases().broken()).as("every pepper case loses the local pepper regulation").isNotEmpty()
                .allSatisfy(run -> assertThat(run.lostExpected()).contains("PEPPER_QCKTDP"));
        assertThat(broken.cases().broken()).extracting(DryRunReport.CaseRun::caseTitle)
                .anySatisfy(title -> assertThat(title.toLowerCase()).contains("tiêu"));
        assertThat(broken.cases().passedAfter()).isLessThan(broken.cases().passedBefore());
    }

    @Test
    void evaluations_running_while_versions_are_switched_all_succeed() throws Exception {
        var subject = submitted.submitted("C", EnterpriseType.ENTERPRISE, "Cơ khí", false, 77, 1);
        SubmittedAssessment assessment = asOfficer(() -> assessments.submitted(subject.assessmentId()));
        EnterpriseProfile profile = asOfficer(() -> profiles.profile(subject.enterpriseId()));
        long draft = draftWith("recommendation/thu-nghiem.drl", EXTRA_RULE);
        List<String> withOld = codes(recommendations.rank(engine.active().base(), assessment, profile));
        activateAsSecondOfficer(draft);
        List<String> withNew = codes(recommendations.rank(engine.active().base(), assessment, profile));
        assertThat(withNew).isNotEqualTo(withOld);

        AtomicBoolean switching = new AtomicBoolean(true);
        AtomicInteger evaluations = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<List<String>> unexpected = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch started = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                started.countDown();
                while (switching.get()) {
                    try {
                        List<String> result = codes(recommendations.rank(engine.active().base(), assessment, profile));
                        if (!result.equals(withOld) && !result.equals(withNew)) {
                            unexpected.add(result);
                        }
                        evaluations.incrementAndGet();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
        }
        started.await();
        Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < 10; i++) {
            long target = i % 2 == 0 ? activeBefore.id() : draft;
            activateAsSecondOfficer(target);
            seen.add(engine.active().versionId());
        }
        switching.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(failures).isEmpty();
        assertThat(unexpected).isEmpty();
        assertThat(evaluations.get()).isGreaterThan(10);
        assertThat(seen).containsExactlyInAnyOrder(activeBefore.id(), draft);
    }

    @Test
    void a_version_is_exported_as_the_rules_folder() throws Exception {
        byte[] zip = asOfficer(() -> ruleVersions.export("recommendation", activeBefore.id()));
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        RuleSetSummary version = asOfficer(() -> ruleVersions.versions("recommendation")).stream().filter(v -> v.id() == activeBefore.id())
                .findFirst().orElseThrow();
        List<String> expected = new ArrayList<>();
        version.files().forEach(path -> expected.add("rules/" + path));
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (String path : version.files()) {
            assertThat(entries.get("rules/" + path)).isEqualTo(asOfficer(() -> ruleVersions.file("recommendation", activeBefore.id(), path)));
        }
        assertThat(auditActions("RULES_EXPORTED")).isNotEmpty();
    }

    @Test
    void only_officers_and_administrators_see_or_change_rules() {
        var enterprise = testEnterprises.create("C", false, EnterpriseType.ENTERPRISE);
        for (String email : List.of(enterprise.email(), "expert@example.com", "partner@example.com")) {
            assertThatThrownBy(() -> testEnterprises.as(email, () -> ruleVersions.versions("recommendation"))).as(email)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testEnterprises.as(email, () -> ruleVersions.createDraft("recommendation", activeBefore.id(), "x")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testEnterprises.as(email, () -> ruleVersions.export("recommendation", activeBefore.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testEnterprises.as(email, () -> ruleVersions.dryRunSubject("recommendation",
                    activeBefore.id()))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testEnterprises.as(email, () -> ruleSets.startDryRun(activeBefore.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testEnterprises.as(email, () -> ruleSets.lastDryRun(activeBefore.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> testEnterprises.as(email, () -> {
                ruleVersions.activate("recommendation", activeBefore.id(), "Kiểm thử: kích hoạt");
                return null;
            })).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(testEnterprises.as("admin@example.com", () -> ruleVersions.versions("recommendation"))).isNotEmpty();
        assertThatThrownBy(() -> asOfficer(() -> ruleVersions.file("recommendation", activeBefore.id(), "recommendation/none.drl")))
                .hasMessage("error.not-found");
        assertThatThrownBy(() -> asOfficer(() -> ruleVersions.createDraft("recommendation", 987_654_321L, "x")))
                .hasMessage("error.not-found");
    }

    private static List<String> codes(List<Recommendation> ranked) {
        return ranked.stream().map(Recommendation::code).toList();
    }
}
