package vn.nscl.recommendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.nscl.assessment.AssessmentResultsService;
import vn.nscl.assessment.SubmittedAssessment;
import vn.nscl.audit.AuditLog;
import vn.nscl.enterprise.EnterpriseProfile;
import vn.nscl.enterprise.EnterpriseProfileService;
import vn.nscl.rulebase.RuleFileDiff;
import vn.nscl.rulebase.RuleProblem;
import vn.nscl.rulebase.RunawayRulesException;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * Quy tắc khuyến nghị: officers and admins see the rule-set versions, make a draft from any version, edit or upload
 * its files, validate it (errors with file and line), run it over every submitted assessment to see what would change,
 * and activate it. Only a version that builds cleanly can be activated; every version is kept, can be exported and
 * re-activated. Every change is audited.
 */
@Service
public class RuleSetService {

    private static final Pattern SAFE_PATH = Pattern.compile("^recommendation/[a-z0-9][a-z0-9_\\-]{0,60}\\.(drl|drl\\.xlsx)$");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final RuleSetVersionRepository versions;
    private final RuleFileRepository files;
    private final ActiveRuleSetRepository pointers;
    private final RuleEngine engine;
    private final RecommendationService recommendations;
    private final AssessmentResultsService assessments;
    private final EnterpriseProfileService profiles;
    private final AdviceCaseSuite suite;
    private final AuditLog audit;
    private final Clock clock;

    RuleSetService(RuleSetVersionRepository versions, RuleFileRepository files, ActiveRuleSetRepository pointers,
            RuleEngine engine, RecommendationService recommendations, AssessmentResultsService assessments,
            EnterpriseProfileService profiles, AdviceCaseSuite suite, AuditLog audit, Clock clock) {
        this.suite = suite;
        this.versions = versions;
        this.files = files;
        this.pointers = pointers;
        this.engine = engine;
        this.recommendations = recommendations;
        this.assessments = assessments;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active version, who activated it and when. */
    public record ActiveInfo(RuleSetSummary version, java.time.Instant activatedAt, String activatedBy) {
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RuleSetSummary> versions() {
        Long activeId = activeId();
        Map<Long, List<String>> paths = files.pathsOf(RuleEngine.KIND).stream().collect(Collectors.groupingBy(
                RuleFileRepository.Path::versionId, Collectors.mapping(RuleFileRepository.Path::path,
                        Collectors.toList())));
        return versions.findByKindOrderByNumberDesc(RuleEngine.KIND).stream()
                .map(v -> v.toSummary(activeId, paths.getOrDefault(v.getId(), List.of()), SignedIn.actor())).toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public RuleSetSummary version(long versionId) {
        return find(versionId).toSummary(activeId(), SignedIn.actor());
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ActiveInfo active() {
        ActiveRuleSet pointer = pointers.findById(RuleEngine.KIND).orElseThrow();
        RuleSetVersion version = find(pointer.getRuleSetVersionId());
        return new ActiveInfo(version.toSummary(version.getId(), SignedIn.actor()), pointer.getActivatedAt(),
                pointer.getActivatedBy());
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] file(long versionId, String path) {
        byte[] content = find(versionId).content().files().get(path);
        if (content == null) {
            throw new UserFacingException("error.not-found");
        }
        return content;
    }

    /** A new draft holding a copy of the given version's files. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public long createDraft(long fromVersionId, String note) {
        RuleSetVersion from = find(fromVersionId);
        int number = versions.maxNumber(RuleEngine.KIND) + 1;
        String cleanNote = FieldChecks.optional("note", note, RuleSetVersion.NOTE_MAX_LENGTH);
        RuleSetVersion draft = versions.save(new RuleSetVersion(RuleEngine.KIND, number, RuleSetVersion.Status.DRAFT,
                cleanNote, from.content(), SignedIn.actor(), clock.instant()));
        audit.record(RuleAuditActions.RULES_DRAFT_CREATED, "rule-set", number, "from version " + from.getNumber());
        return draft.getId();
    }

    /**
     * Adds or replaces a file of a draft. The name must be {@code recommendation/<name>.drl} or {@code .xlsx} (stored
     * as {@code .drl.xlsx});
     * a DRL file must be UTF-8 text and a workbook a real XLSX file, whatever its name says.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void saveFile(long draftId, String path, byte[] content) {
        RuleSetVersion draft = find(draftId);
        String normalised = path == null ? "" : path.strip().toLowerCase(java.util.Locale.ROOT);
        if (normalised.endsWith(".xlsx") && !normalised.endsWith(".drl.xlsx")) {
            // Drools reads a workbook as a decision table only under this name.
            normalised = normalised.substring(0, normalised.length() - ".xlsx".length()) + ".drl.xlsx";
        }
        if (!SAFE_PATH.matcher(normalised).matches()) {
            throw new UserFacingException("rules.error.file-name");
        }
        if (content == null || content.length == 0 || content.length > RuleFile.MAX_BYTES) {
            throw new UserFacingException("rules.error.file-size", RuleFile.MAX_BYTES / 1000);
        }
        if (normalised.endsWith(".xlsx") && !startsWith(content, ZIP_MAGIC)) {
            throw new UserFacingException("rules.error.not-xlsx");
        }
        if (normalised.endsWith(".drl") && !isUtf8(content)) {
            throw new UserFacingException("rules.error.not-text");
        }
        draft.putFile(normalised, content, SignedIn.actor());
        audit.record(RuleAuditActions.RULES_FILE_SAVED, "rule-set", draft.getNumber(), normalised);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void deleteFile(long draftId, String path) {
        RuleSetVersion draft = find(draftId);
        if (!draft.removeFile(path, SignedIn.actor())) {
            throw new UserFacingException("error.not-found");
        }
        audit.record(RuleAuditActions.RULES_FILE_DELETED, "rule-set", draft.getNumber(), path);
    }

    /** Builds the version; the problems found (none when it builds), with file and line. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RuleProblem> validate(long versionId) {
        return RuleSetBuilder.build(find(versionId).content()).problems();
    }

    /**
     * Evaluates the version over every submitted assessment and compares with the active version; also shows what its
     * files change. Only a version that passed the safety check is ever run, within the rule base's fire and time
     * limits: a runaway rule stops the dry run with a message naming it.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional // not read-only: the audit entry is written in it (PostgreSQL enforces read-only)
    public DryRunReport dryRun(long versionId) {
        long started = System.nanoTime();
        RuleSetVersion candidate = find(versionId);
        RuleEngine.Active active = engine.active();
        RuleFiles candidateFiles = candidate.content();
        List<RuleFileDiff.FileDiff> diff = RuleFileDiff.between(find(active.versionId()).content().files(),
                candidateFiles.files());
        RuleSetBuilder.Outcome built = RuleSetBuilder.build(candidateFiles);
        if (!built.ok()) {
            return new DryRunReport(candidate.getNumber(), active.number(), 0, 0, List.of(), built.problems(), diff,
                    null);
        }
        List<SubmittedAssessment> all = assessments.allSubmitted();
        Map<Long, EnterpriseProfile> byEnterprise = profiles.profilesOf(all.stream()
                .map(SubmittedAssessment::enterpriseId).toList());
        List<DryRunReport.Change> changes = new ArrayList<>();
        for (SubmittedAssessment assessment : all) {
            EnterpriseProfile profile = byEnterprise.get(assessment.enterpriseId());
            Set<String> before = visible(recommendations.rank(active.base(), assessment, profile));
            Set<String> after;
            try {
                after = visible(recommendations.rank(built.kieBase(), assessment, profile));
            } catch (RunawayRulesException runaway) {
                audit.record(RuleAuditActions.RULES_DRY_RUN, "rule-set", candidate.getNumber(),
                        "stopped: " + runaway.getMessage());
                return stopped(candidate, active, changes.size(), started, runaway, diff);
            }
            if (!before.equals(after)) {
                changes.add(new DryRunReport.Change(assessment.id(), assessment.enterpriseId(),
                        profile.enterprise().name(), assessment.year(), minus(after, before), minus(before, after)));
            }
        }
        changes.sort(Comparator.comparing(DryRunReport.Change::enterpriseName).thenComparing(DryRunReport.Change::year));
        DryRunReport.CaseCheck caseCheck;
        try {
            caseCheck = compare(suite.run(active.base()), suite.run(built.kieBase()));
        } catch (RunawayRulesException runaway) {
            return stopped(candidate, active, all.size(), started, runaway, diff);
        }
        audit.record(RuleAuditActions.RULES_DRY_RUN, "rule-set", candidate.getNumber(),
                all.size() + " assessments, " + changes.size() + " changed; cases " + caseCheck.passedAfter() + "/"
                        + caseCheck.runs() + " pass, " + caseCheck.broken().size() + " broken");
        return new DryRunReport(candidate.getNumber(), active.number(), all.size(), elapsed(started), changes,
                List.of(), diff, caseCheck);
    }

    private DryRunReport stopped(RuleSetVersion candidate, RuleEngine.Active active, int evaluated, long started,
            RunawayRulesException runaway, List<RuleFileDiff.FileDiff> diff) {
        audit.record(RuleAuditActions.RULES_DRY_RUN, "rule-set", candidate.getNumber(),
                "stopped: " + runaway.getMessage());
        return new DryRunReport(candidate.getNumber(), active.number(), evaluated, elapsed(started), List.of(),
                List.of(new RuleProblem("rules/", 0, 0, runaway.describe())), diff, null);
    }

    /** Which case runs the candidate breaks or mends compared with the active set. */
    static DryRunReport.CaseCheck compare(AdviceCaseResults before, AdviceCaseResults after) {
        Map<String, AdviceCaseOutcome> previous = new java.util.HashMap<>();
        before.outcomes().forEach(o -> previous.put(o.label(), o));
        List<DryRunReport.CaseRun> broken = new ArrayList<>();
        List<DryRunReport.CaseRun> mended = new ArrayList<>();
        for (AdviceCaseOutcome now : after.outcomes()) {
            AdviceCaseOutcome then = previous.get(now.label());
            List<String> missedNow = codes(now.missed());
            List<String> forbiddenNow = codes(now.forbiddenFound());
            List<String> lost = then == null ? missedNow : minus(Set.copyOf(missedNow), Set.copyOf(codes(then.missed())));
            List<String> gained = then == null ? forbiddenNow
                    : minus(Set.copyOf(forbiddenNow), Set.copyOf(codes(then.forbiddenFound())));
            String run = now.run().tier().code() + " " + now.run().year();
            if (!lost.isEmpty() || !gained.isEmpty() || now.error() != null && (then == null || then.error() == null)) {
                broken.add(new DryRunReport.CaseRun(now.aCase().title(), run, lost, gained));
            } else if (then != null && !then.passed() && now.passed()) {
                mended.add(new DryRunReport.CaseRun(now.aCase().title(), run, List.of(), List.of()));
            }
        }
        return new DryRunReport.CaseCheck(after.runs(), before.runsPassed(), after.runsPassed(),
                before.firstFiveShare(), after.firstFiveShare(), before.forbiddenFound(), after.forbiddenFound(),
                broken, mended);
    }

    private static List<String> codes(List<AdviceCase.Expectation> expectations) {
        return expectations.stream().map(AdviceCase.Expectation::item).toList();
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * Activates a version: it is built first and refused with its problems if it does not build; a draft is
     * published (frozen). Four eyes: nobody who wrote the version may activate it; a second officer does. The switch
     * happens when the transaction commits, in one step.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void activate(long versionId) {
        RuleSetVersion version = find(versionId);
        if (version.isAuthor(SignedIn.actor())) {
            throw new UserFacingException("rules.error.four-eyes");
        }
        RuleSetBuilder.Outcome built = RuleSetBuilder.build(version.content());
        if (!built.ok()) {
            throw new RulesDoNotBuildException(built.problems());
        }
        if (version.getStatus() == RuleSetVersion.Status.DRAFT) {
            version.publish(built.ruleCount());
        }
        ActiveRuleSet pointer = pointers.findById(RuleEngine.KIND).orElseThrow();
        pointer.activate(versionId, SignedIn.actor(), clock.instant());
        pointers.saveAndFlush(pointer);
        audit.record(RuleAuditActions.RULES_ACTIVATED, "rule-set", version.getNumber(), built.ruleCount() + " rules");
        int number = version.getNumber();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                engine.use(versionId, number, built);
            }
        });
    }

    /** The version's files as a ZIP, laid out like the {@code rules/} folder. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional // not read-only: the audit entry is written in it (PostgreSQL enforces read-only)
    public byte[] export(long versionId) {
        RuleSetVersion version = find(versionId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : version.content().files().entrySet()) {
                zip.putNextEntry(new ZipEntry("rules/" + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(RuleAuditActions.RULES_EXPORTED, "rule-set", version.getNumber(), null);
        return bytes.toByteArray();
    }

    private static Set<String> visible(List<Recommendation> ranked) {
        Set<String> codes = new LinkedHashSet<>();
        ranked.stream().filter(Recommendation::shown).forEach(r -> codes.add(r.code()));
        return codes;
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(code -> !b.contains(code)).toList();
    }

    private RuleSetVersion find(long versionId) {
        return versions.findById(versionId).filter(v -> v.getKind().equals(RuleEngine.KIND))
                .orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    private Long activeId() {
        return pointers.findById(RuleEngine.KIND).map(ActiveRuleSet::getRuleSetVersionId).orElse(null);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
