package vn.nscl.rulebase;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.nscl.audit.AuditLog;
import vn.nscl.shared.FieldChecks;
import vn.nscl.shared.SignedIn;
import vn.nscl.shared.UserFacingException;

/**
 * The versions of every kind of rules, as officers and administrators work with them: every version kept, a draft
 * made from any of them, its files edited in the page or uploaded, checked (problems with file and line), activated
 * when it builds (by someone who did not write it; the switch happens when the transaction commits, and every
 * instance follows), re-activated, exported. Each kind adds only its own dry run. Every change is audited.
 */
@Service
public class RuleVersions {

    /** The largest file a version may hold. */
    public static final int MAX_FILE_BYTES = RuleFile.MAX_BYTES;

    private static final Pattern FILE_NAME = Pattern.compile("^[a-z0-9][a-z0-9_\\-]{0,60}$");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String WORKBOOK = ".drl.xlsx";

    private final RuleSetVersionRepository versions;
    private final RuleFileRepository files;
    private final ActiveRuleSetRepository pointers;
    private final RuleActivationRepository activations;
    private final ActiveRules active;
    private final AuditLog audit;
    private final Clock clock;

    RuleVersions(RuleSetVersionRepository versions, RuleFileRepository files, ActiveRuleSetRepository pointers,
            RuleActivationRepository activations, ActiveRules active, AuditLog audit, Clock clock) {
        this.versions = versions;
        this.files = files;
        this.pointers = pointers;
        this.activations = activations;
        this.active = active;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active version of a kind, who activated it (name) and when, and why (empty before notes were asked). */
    public record ActiveInfo(RuleSetSummary version, Instant activatedAt, String activatedBy, String note) {
    }

    /** The file endings a version of the kind may hold (for an upload's accepted types). */
    public List<String> fileEndings(String kind) {
        return active.kind(kind).fileEndings();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RuleSetSummary> versions(String kind) {
        Long activeId = activeId(kind);
        Map<Long, List<String>> paths = files.pathsOf(kind).stream().collect(Collectors.groupingBy(
                RuleFileRepository.Path::versionId, Collectors.mapping(RuleFileRepository.Path::path,
                        Collectors.toList())));
        return versions.findByKindOrderByNumberDesc(kind).stream()
                .map(v -> v.toSummary(activeId, paths.getOrDefault(v.getId(), List.of()), SignedIn.actor())).toList();
    }

    /**
     * The number people know a version by (0 if none). Open to every caller: an enterprise's stored recommendations
     * say which version made them, and a number reveals nothing of the rules.
     */
    @Transactional(readOnly = true)
    public int numberOf(long versionId) {
        return versions.findById(versionId).map(RuleSetVersion::getNumber).orElse(0);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public RuleSetSummary version(String kind, long versionId) {
        return find(kind, versionId).toSummary(activeId(kind), SignedIn.actor());
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public ActiveInfo active(String kind) {
        ActiveRuleSet pointer = pointers.findById(kind).orElseThrow();
        RuleSetVersion version = find(kind, pointer.getRuleSetVersionId());
        RuleSetActivation last = activations.findFirstByKindOrderByActivatedAtDescIdDesc(kind)
                .map(RuleActivation::toView).filter(a -> a.versionId() == version.getId()).orElse(null);
        return new ActiveInfo(version.toSummary(version.getId(), SignedIn.actor()), pointer.getActivatedAt(),
                last == null ? pointer.getActivatedBy() : last.activatedBy(), last == null ? "" : last.note());
    }

    /** Every activation of a version, newest first, with its note. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RuleSetActivation> activations(String kind, long versionId) {
        find(kind, versionId);
        return activations.findByKindAndRuleSetVersionIdOrderByActivatedAtDesc(kind, versionId).stream()
                .map(RuleActivation::toView).toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] file(String kind, long versionId, String path) {
        byte[] content = find(kind, versionId).content().files().get(path);
        if (content == null) {
            throw new UserFacingException("error.not-found");
        }
        return content;
    }

    /**
     * What a dry run of this version is about: its number, its files (their stored hash) and the version in use it is
     * compared with. A run about another key (the draft changed since, another version activated) is not this
     * version's any more; every kind's dry run keys its background task by it.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public String dryRunSubject(String kind, long versionId) {
        RuleSetVersion version = find(kind, versionId);
        return "v" + version.getNumber() + " " + versionId + ":" + version.getContentHash().substring(0, 16) + " vs "
                + activeId(kind);
    }

    /** All files of a version, for a kind's dry run. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public RuleFiles files(String kind, long versionId) {
        return find(kind, versionId).content();
    }

    /** What changes from one version to another, file by file, side by side (any two versions of the kind). */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RuleFileDiff.FileComparison> compare(String kind, long fromVersionId, long toVersionId) {
        return RuleFileDiff.sideBySide(find(kind, fromVersionId).content().files(),
                find(kind, toVersionId).content().files());
    }

    /** A new draft holding a copy of the given version's files. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public long createDraft(String kind, long fromVersionId, String note) {
        RuleSetVersion from = find(kind, fromVersionId);
        int number = versions.maxNumber(kind) + 1;
        String cleanNote = FieldChecks.optional("note", note, RuleSetVersion.NOTE_MAX_LENGTH);
        RuleSetVersion draft = versions.save(new RuleSetVersion(kind, number, RuleSetVersion.Status.DRAFT,
                cleanNote, from.content(), SignedIn.actor(), clock.instant()));
        audit.record(RuleVersionAuditActions.RULES_DRAFT_CREATED, target(kind), number,
                "từ phiên bản " + from.getNumber());
        return draft.getId();
    }

    /**
     * Adds or replaces a file of a draft. The name must be {@code <kind>/<name>} with one of the kind's endings (a
     * workbook {@code .xlsx} is stored as {@code .drl.xlsx}, the name Drools reads as a decision table); a text file
     * must be UTF-8 and a workbook a real XLSX file, whatever its name says. {@code basedOn} is the content the editor
     * started from (null for an upload): when someone saved the file meanwhile, the save is refused rather than
     * silently undoing their change.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void saveFile(String kind, long draftId, String path, byte[] content, byte[] basedOn) {
        RuleKind<?> rules = active.kind(kind);
        RuleSetVersion draft = find(kind, draftId);
        String normalised = normalise(rules, path);
        if (content == null || content.length == 0 || content.length > RuleFile.MAX_BYTES) {
            throw new UserFacingException("rules.error.file-size", RuleFile.MAX_BYTES / 1000);
        }
        if (normalised.endsWith(".xlsx") && !startsWith(content, ZIP_MAGIC)) {
            throw new UserFacingException("rules.error.not-xlsx");
        }
        if (!normalised.endsWith(".xlsx") && !isUtf8(content)) {
            throw new UserFacingException("rules.error.not-text");
        }
        byte[] stored = draft.content().files().get(normalised);
        if (basedOn != null && stored != null && !java.util.Arrays.equals(stored, basedOn)) {
            throw new UserFacingException("error.changed-meanwhile");
        }
        draft.putFile(normalised, content, SignedIn.actor());
        audit.record(RuleVersionAuditActions.RULES_FILE_SAVED, target(kind), draft.getNumber(), normalised);
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void deleteFile(String kind, long draftId, String path) {
        RuleSetVersion draft = find(kind, draftId);
        if (!draft.removeFile(path, SignedIn.actor())) {
            throw new UserFacingException("error.not-found");
        }
        audit.record(RuleVersionAuditActions.RULES_FILE_DELETED, target(kind), draft.getNumber(), path);
    }

    /** Builds the version; the problems found (none when it builds), with file and line. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<RuleProblem> validate(String kind, long versionId) {
        return active.kind(kind).build(find(kind, versionId).content()).problems();
    }

    /**
     * Activates a version: it is built first and refused with its problems if it does not build; a draft is
     * published (frozen). Four eyes: nobody who wrote the version may activate it; a second officer does. The switch
     * happens when the transaction commits, in one step. The note says why (required): it stays with the version
     * and in the audit log.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional
    public void activate(String kind, long versionId, String note) {
        String why = FieldChecks.required("note", note, RuleActivation.NOTE_MAX_LENGTH);
        RuleSetVersion version = find(kind, versionId);
        if (version.isAuthor(SignedIn.actor())) {
            throw new UserFacingException("rules.error.four-eyes");
        }
        RuleBuild<?> built = active.kind(kind).build(version.content());
        if (!built.ok()) {
            throw new RulesDoNotBuildException(built.problems());
        }
        if (version.getStatus() == RuleSetVersion.Status.DRAFT) {
            version.publish(built.ruleCount());
        }
        ActiveRuleSet pointer = pointers.findById(kind).orElseThrow();
        pointer.activate(versionId, SignedIn.actor(), clock.instant());
        pointers.saveAndFlush(pointer);
        activations.save(new RuleActivation(kind, versionId, clock.instant(), SignedIn.actor(), SignedIn.actorName(),
                why));
        audit.record(RuleVersionAuditActions.RULES_ACTIVATED, target(kind), version.getNumber(),
                built.ruleCount() + " quy tắc; lý do: " + why);
        int number = version.getNumber();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                active.use(kind, versionId, number, built);
            }
        });
    }

    /** The version's files as a ZIP, laid out like the {@code rules/} folder. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional // not read-only: the audit entry is written in it (PostgreSQL enforces read-only)
    public byte[] export(String kind, long versionId) {
        RuleSetVersion version = find(kind, versionId);
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
        audit.record(RuleVersionAuditActions.RULES_EXPORTED, target(kind), version.getNumber(), null);
        return bytes.toByteArray();
    }

    /** {@code <kind>/<name><ending>}, lower case, or refused with a message naming what is allowed. */
    private static String normalise(RuleKind<?> kind, String path) {
        String name = path == null ? "" : path.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") && !name.endsWith(WORKBOOK)) {
            // Drools reads a workbook as a decision table only under this name.
            name = name.substring(0, name.length() - ".xlsx".length()) + WORKBOOK;
        }
        String prefix = kind.code() + "/";
        String ending = kind.fileEndings().stream().filter(name::endsWith)
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        if (!name.startsWith(prefix) || ending == null
                || !FILE_NAME.matcher(name.substring(prefix.length(), name.length() - ending.length())).matches()) {
            throw new UserFacingException("rules.error.file-name", String.join(", ", kind.fileEndings()));
        }
        return name;
    }

    private String target(String kind) {
        return active.kind(kind).auditTarget();
    }

    private RuleSetVersion find(String kind, long versionId) {
        return versions.findById(versionId).filter(v -> v.getKind().equals(kind))
                .orElseThrow(() -> new UserFacingException("error.not-found"));
    }

    private Long activeId(String kind) {
        return pointers.findById(kind).map(ActiveRuleSet::getRuleSetVersionId).orElse(null);
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
