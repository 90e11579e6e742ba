package vn.nscl.rulebase;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PostConstruct;
import vn.nscl.audit.AuditLog;
import vn.nscl.shared.Jobs;
import vn.nscl.shared.SeedingLock;
import vn.nscl.shared.StartUpWork;
import vn.nscl.shared.SystemTask;

/**
 * The version of each kind of rules this instance evaluates with. At start-up each kind's shipped files (the
 * {@code rules/} folder, or its copy in the jar) must build, or the application refuses to start naming the file and
 * line; they become version 1 on an empty database, and a new inactive version whenever a release ships different
 * files. An activation swaps the built version in one step (an evaluation running then finishes with what it
 * started with), and every instance follows the database's active version within {@code nscl.rules.refresh-every}.
 */
@Component
public class ActiveRules {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(ActiveRules.class);

    /** The active version of a kind as built in this instance. */
    public record Current<C>(long versionId, int number, C compiled, int ruleCount) {
    }

    /** What the start-up needs of a stored version, read inside a transaction (its files load lazily). */
    private record Stored(int number, String hash, RuleFiles content) {
    }

    private final Map<String, RuleKind<?>> kinds = new LinkedHashMap<>();
    private final Map<String, Current<?>> current = new ConcurrentHashMap<>();
    private final String directory;
    private final RuleSetVersionRepository versions;
    private final ActiveRuleSetRepository pointers;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;
    private final Jobs jobs;
    private final SeedingLock seeding;
    private volatile CompletableFuture<Void> starting = CompletableFuture.completedFuture(null);

    ActiveRules(List<RuleKind<?>> kinds, @Value("${nscl.rules.directory:rules}") String directory,
            RuleSetVersionRepository versions, ActiveRuleSetRepository pointers, TransactionTemplate transaction,
            AuditLog audit, Clock clock, Jobs jobs, SeedingLock seeding) {
        kinds.forEach(kind -> this.kinds.put(kind.code(), kind));
        this.directory = directory;
        this.versions = versions;
        this.pointers = pointers;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
        this.jobs = jobs;
        this.seeding = seeding;
    }

    /**
     * Builds the shipped rules of every kind (seconds of work) on threads of their own while the rest of the
     * application starts; the end of the context's refresh waits for them ({@link #awaitStart}), so broken shipped
     * rules still stop the start.
     */
    @PostConstruct
    void start() {
        starting = CompletableFuture.allOf(kinds.values().stream().map(kind -> StartUpWork.onOwnThread(
                "rules-start-" + kind.code(), () -> {
                    startUp(kind);
                    return null;
                })).toArray(CompletableFuture[]::new));
    }

    @EventListener(ContextRefreshedEvent.class)
    void awaitStart() {
        StartUpWork.await(starting);
    }

    /** The kind's active version in this instance (waits for the start-up's build if it is still running). */
    @SuppressWarnings("unchecked")
    public <C> Current<C> current(RuleKind<C> kind) {
        Current<?> found = current.get(kind.code());
        if (found == null) {
            awaitStart();
            found = current.get(kind.code());
        }
        return (Current<C>) found;
    }

    /** The kind's active version if the start-up has built it already (for monitoring, which must not wait). */
    @SuppressWarnings("unchecked")
    public <C> Current<C> currentIfStarted(RuleKind<C> kind) {
        return (Current<C>) current.get(kind.code());
    }

    RuleKind<?> kind(String code) {
        RuleKind<?> kind = kinds.get(code);
        if (kind == null) {
            throw new IllegalArgumentException("No rules of kind " + code);
        }
        return kind;
    }

    /** Makes a cleanly built version the one all evaluations of its kind in this instance use from now on. */
    void use(String kind, long versionId, int number, RuleBuild<?> built) {
        current.put(kind, new Current<>(versionId, number, built.compiled(), built.ruleCount()));
        log.info("Rules of kind {}: version {} is active ({} rules)", kind, number, built.ruleCount());
    }

    /** Every few seconds on each instance: another instance may have activated a version. */
    @Scheduled(fixedDelayString = "${nscl.rules.refresh-every:15s}")
    void followOnSchedule() {
        jobs.local("follow-active-rules", this::followActiveVersions);
    }

    /** Follows the database's active version of every kind. */
    public void followActiveVersions() {
        for (RuleKind<?> kind : kinds.values()) {
            Long activeId = transaction.execute(status -> pointers.findById(kind.code())
                    .map(ActiveRuleSet::getRuleSetVersionId).orElse(null));
            Current<?> now = current.get(kind.code());
            if (activeId == null || now == null || activeId == now.versionId()) {
                continue;
            }
            Stored version = stored(activeId);
            RuleBuild<?> built = kind.build(version.content());
            if (built.ok()) {
                use(kind.code(), activeId, version.number(), built);
            } else {
                log.error("Active {} rules version {} does not build here: {}", kind.code(), version.number(),
                        built.problems());
            }
        }
    }

    private void startUp(RuleKind<?> kind) {
        RuleFiles shipped = ShippedRules.read(directory, kind.code(), kind::isShippedFile);
        RuleBuild<?> built = kind.build(shipped);
        if (!built.ok()) {
            throw new BrokenRulesException(kind.code(), built.problems());
        }
        log.info("Shipped {} rules: {} rules from {} files, built in {} ms", kind.code(), built.ruleCount(),
                shipped.files().size(), built.millis());
        String shippedHash = shipped.hash();
        long activeId = seeding.inTransaction(() -> registerShipped(kind, shipped, shippedHash, built.ruleCount()));
        Stored version = stored(activeId);
        RuleBuild<?> activeBuild = version.hash().equals(shippedHash) ? built : kind.build(version.content());
        if (activeBuild.ok()) {
            use(kind.code(), activeId, version.number(), activeBuild);
        } else {
            fallBackToShipped(kind, version.number(), activeBuild.problems(), shippedHash, built);
        }
    }

    private Stored stored(long versionId) {
        return transaction.execute(status -> {
            RuleSetVersion version = versions.findById(versionId).orElseThrow();
            return new Stored(version.getNumber(), version.getContentHash(), version.content());
        });
    }

    /**
     * The version officers activated built when they activated it, but not with this release (a fact changed, a
     * catalogue code was removed, say). The platform stays up on the shipped rules, and the officers see in the rules
     * screen and the audit log that their version needs a look.
     */
    private void fallBackToShipped(RuleKind<?> kind, int brokenNumber, List<RuleProblem> problems,
            String shippedHash, RuleBuild<?> built) {
        log.error("Active {} rules version {} does not build with this release ({}); using the shipped rules",
                kind.code(), brokenNumber, problems);
        RuleSetVersion fallback = transaction.execute(status -> {
            RuleSetVersion stored = versions.findFirstByKindAndContentHashAndStatus(kind.code(), shippedHash,
                    RuleSetVersion.Status.PUBLISHED).orElseThrow();
            ActiveRuleSet pointer = pointers.findById(kind.code()).orElseThrow();
            pointer.activate(stored.getId(), SYSTEM, clock.instant());
            SystemTask.run(() -> audit.record(RuleVersionAuditActions.RULES_ACTIVATED, kind.auditTarget(),
                    stored.getNumber(), "phiên bản " + brokenNumber + " không dựng được với bản phát hành này: "
                            + (problems.isEmpty() ? "" : problems.getFirst().describe())));
            return stored;
        });
        use(kind.code(), fallback.getId(), fallback.getNumber(), built);
    }

    private long registerShipped(RuleKind<?> kind, RuleFiles shipped, String shippedHash, int ruleCount) {
        var stored = versions.findFirstByKindAndContentHashAndStatus(kind.code(), shippedHash,
                RuleSetVersion.Status.PUBLISHED);
        var pointer = pointers.findById(kind.code());
        if (stored.isEmpty()) {
            int number = versions.maxNumber(kind.code()) + 1;
            RuleSetVersion version = new RuleSetVersion(kind.code(), number, RuleSetVersion.Status.PUBLISHED,
                    "Quy tắc phát hành kèm ứng dụng / rules shipped with the application", shipped, SYSTEM,
                    clock.instant());
            version.publish(ruleCount);
            stored = java.util.Optional.of(versions.saveAndFlush(version));
            SystemTask.run(() -> audit.record(RuleVersionAuditActions.RULES_SHIPPED, kind.auditTarget(), number,
                    pointer.isEmpty() ? "kích hoạt (lần khởi động đầu)" : "đã lưu, chưa kích hoạt: cán bộ chọn lúc kích hoạt"));
            log.info("Stored the shipped {} rules as version {}{}", kind.code(), number,
                    pointer.isPresent() ? " (not activated: an officer chooses when)" : "");
        }
        if (pointer.isEmpty()) {
            pointers.save(new ActiveRuleSet(kind.code(), stored.get().getId(), SYSTEM, clock.instant()));
            return stored.get().getId();
        }
        return pointer.get().getRuleSetVersionId();
    }
}
