package vn.nscl.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PostConstruct;
import vn.nscl.audit.AuditLog;
import vn.nscl.catalogue.Catalogue;
import vn.nscl.catalogue.CatalogueItem;
import vn.nscl.shared.Jobs;
import vn.nscl.shared.SeedingLock;
import vn.nscl.shared.SystemTask;

/**
 * Holds the active matching policy. At start-up the shipped {@code rules/matching/matching.yaml} must be valid (the
 * application refuses to start otherwise, naming the line); it becomes version 1 on an empty database, and a new
 * inactive version whenever a release ships a different file. Officers' activations swap it in one step.
 */
@Component
class PolicyHolder {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(PolicyHolder.class);

    /** The active version as read in this instance. */
    record Active(long versionId, int number, MatchingPolicy policy) {
    }

    private final String directory;
    private final PolicyVersionRepository versions;
    private final ActivePolicyRepository pointer;
    private final TransactionTemplate transaction;
    private final Set<String> catalogueCodes;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<Active> active = new AtomicReference<>();
    private final Jobs jobs;
    private final SeedingLock seeding;

    PolicyHolder(@Value("${nscl.rules.directory:rules}") String directory, PolicyVersionRepository versions,
            ActivePolicyRepository pointer, TransactionTemplate transaction, Catalogue catalogue, AuditLog audit,
            Clock clock, Jobs jobs, SeedingLock seeding) {
        this.seeding = seeding;
        this.jobs = jobs;
        this.audit = audit;
        this.directory = directory;
        this.versions = versions;
        this.pointer = pointer;
        this.transaction = transaction;
        this.catalogueCodes = catalogue.items().stream().map(CatalogueItem::code).collect(Collectors.toSet());
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        String shipped = shippedContent();
        PolicyFile.Outcome outcome = PolicyFile.read(shipped, catalogueCodes);
        if (!outcome.ok()) {
            throw new IllegalStateException("rules/" + PolicyFile.PATH + " is not valid: " + outcome.problems());
        }
        long activeId = seeding.inTransaction(() -> registerShipped(shipped));
        Active stored = transaction.execute(status -> load(activeId));
        active.set(stored != null ? stored : transaction.execute(status -> fallBackToShipped(shipped, outcome)));
    }

    Active active() {
        return active.get();
    }

    /**
     * The activated version is not valid with this release (a catalogue code it names was removed, say): the shipped
     * policy is put back in use, visibly (the pointer and the audit log say so), so the platform keeps matching.
     */
    private Active fallBackToShipped(String shipped, PolicyFile.Outcome outcome) {
        PolicyVersion version = versions.findFirstByContentHashAndStatus(hash(shipped), PolicyVersion.Status.PUBLISHED)
                .orElseThrow();
        ActivePolicy current = pointer.findById(ActivePolicy.SINGLE_ROW).orElseThrow();
        long brokenId = current.getPolicyVersionId();
        current.activate(version.getId(), SYSTEM, clock.instant());
        SystemTask.run(() -> audit.record(MatchingAuditActions.POLICY_ACTIVATED, "matching-policy", version.getNumber(),
                "version id " + brokenId + " is not valid with this release; the shipped policy is used"));
        return new Active(version.getId(), version.getNumber(), outcome.policy());
    }

    Set<String> catalogueCodes() {
        return catalogueCodes;
    }

    void use(long versionId, int number, MatchingPolicy policy) {
        active.set(new Active(versionId, number, policy));
        log.info("Matching policy version {} is active", number);
    }

    /** Every few seconds on each instance: another instance may have activated a version. */
    @Scheduled(fixedDelayString = "${nscl.rules.refresh-every:15s}")
    void followOnSchedule() {
        jobs.local("follow-active-matching-policy", this::followActiveVersion);
    }

    /** Follows the database's active version. */
    void followActiveVersion() {
        Long activeId = transaction.execute(status -> pointer.findById(ActivePolicy.SINGLE_ROW)
                .map(ActivePolicy::getPolicyVersionId).orElse(null));
        Active current = active.get();
        if (activeId != null && current != null && activeId != current.versionId()) {
            Active loaded = transaction.execute(status -> load(activeId));
            if (loaded != null) {
                active.set(loaded);
            }
        }
    }

    private Active load(long versionId) {
        PolicyVersion version = versions.findById(versionId).orElseThrow();
        PolicyFile.Outcome outcome = PolicyFile.read(version.getContent(), catalogueCodes);
        if (!outcome.ok()) {
            log.error("Active matching policy version {} is not valid here: {}", version.getNumber(),
                    outcome.problems());
            return null;
        }
        return new Active(versionId, version.getNumber(), outcome.policy());
    }

    private long registerShipped(String shipped) {
        String hash = hash(shipped);
        var stored = versions.findFirstByContentHashAndStatus(hash, PolicyVersion.Status.PUBLISHED);
        var current = pointer.findById(ActivePolicy.SINGLE_ROW);
        if (stored.isEmpty()) {
            PolicyVersion version = new PolicyVersion(versions.maxNumber() + 1, PolicyVersion.Status.PUBLISHED,
                    "Quy tắc phát hành kèm ứng dụng / policy shipped with the application", shipped, SYSTEM,
                    clock.instant());
            stored = java.util.Optional.of(versions.saveAndFlush(version));
            int number = version.getNumber();
            SystemTask.run(() -> audit.record(MatchingAuditActions.POLICY_SHIPPED, "matching-policy", number,
                    current.isEmpty() ? "activated (first start)" : "stored, not activated: an officer chooses when"));
        }
        if (current.isEmpty()) {
            pointer.save(new ActivePolicy(stored.get().getId(), SYSTEM, clock.instant()));
            return stored.get().getId();
        }
        return current.get().getPolicyVersionId();
    }

    private String shippedContent() {
        Path file = Path.of(directory, PolicyFile.PATH);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = new ClassPathResource("rules/" + PolicyFile.PATH).getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules/" + PolicyFile.PATH, e);
        }
    }

    static String hash(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
