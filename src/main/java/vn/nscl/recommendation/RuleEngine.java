package vn.nscl.recommendation;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PostConstruct;
import vn.nscl.audit.AuditLog;
import vn.nscl.rulebase.RuleProblem;
import vn.nscl.shared.Jobs;
import vn.nscl.shared.SeedingLock;
import vn.nscl.shared.SystemTask;

/**
 * Holds the active recommendation rule base and evaluates facts with it. At start-up the shipped rules must build
 * (otherwise the application refuses to start, naming the file and line); they become version 1 on an empty database
 * and a new inactive version whenever a release ships different rules. Activation swaps the rule base in one atomic
 * step: an evaluation running at that moment finishes with the base it started with.
 */
@Component
class RuleEngine {

    static final String KIND = "recommendation";
    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);

    /** The active version as built in this instance. */
    record Active(long versionId, int number, KieBase base, int ruleCount) {
    }

    private final RuleProperties properties;
    private final RuleSetVersionRepository versions;
    private final ActiveRuleSetRepository pointers;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;
    private final AtomicReference<Active> active = new AtomicReference<>();
    private volatile CompletableFuture<Void> starting = CompletableFuture.completedFuture(null);
    private final Jobs jobs;
    private final SeedingLock seeding;

    RuleEngine(RuleProperties properties, RuleSetVersionRepository versions, ActiveRuleSetRepository pointers,
            TransactionTemplate transaction, AuditLog audit, Clock clock, Jobs jobs, SeedingLock seeding) {
        this.seeding = seeding;
        this.jobs = jobs;
        this.properties = properties;
        this.versions = versions;
        this.pointers = pointers;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the engine needs of a stored version, read inside a transaction (its files load lazily). */
    private record Stored(int number, String hash, RuleFiles content) {
    }

    /**
     * Builds the shipped rules (seconds of work) on a thread of its own while the rest of the application starts; the
     * end of the context's refresh waits for it ({@link #awaitStart}), so broken shipped rules still stop the start.
     */
    @PostConstruct
    void start() {
        starting = CompletableFuture.runAsync(this::startUp, task -> {
            Thread thread = new Thread(task, "rules-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @EventListener(ContextRefreshedEvent.class)
    void awaitStart() {
        try {
            starting.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    private void startUp() {
        RuleFiles shipped = ShippedRules.read(properties.directory(), KIND);
        RuleSetBuilder.Outcome built = RuleSetBuilder.build(shipped);
        if (!built.ok()) {
            throw new BrokenRulesException(built.problems());
        }
        log.info("Shipped recommendation rules: {} rules from {} files, built in {} ms", built.ruleCount(),
                shipped.files().size(), built.millis());
        String shippedHash = shipped.hash();
        long activeId = seeding.inTransaction(() -> registerShipped(shipped, shippedHash, built.ruleCount()));
        Stored version = stored(activeId);
        RuleSetBuilder.Outcome activeBuild = version.hash().equals(shippedHash) ? built
                : RuleSetBuilder.build(version.content());
        if (activeBuild.ok()) {
            active.set(new Active(activeId, version.number(), activeBuild.kieBase(), activeBuild.ruleCount()));
        } else {
            fallBackToShipped(version.number(), activeBuild.problems(), shippedHash, built);
        }
    }

    private Stored stored(long versionId) {
        return transaction.execute(status -> {
            RuleSetVersion version = versions.findById(versionId).orElseThrow();
            return new Stored(version.getNumber(), version.getContentHash(), version.content());
        });
    }

    /**
     * The version officers activated built when they activated it, but not with this release (a fact changed, say).
     * The platform stays up on the shipped rules, and the officers see in the rule screen and the audit log that
     * their version needs a look.
     */
    private void fallBackToShipped(int brokenNumber, List<RuleProblem> problems, String shippedHash,
            RuleSetBuilder.Outcome built) {
        log.error("Active rule set version {} does not build with this release ({}); using the shipped rules",
                brokenNumber, problems);
        RuleSetVersion fallback = transaction.execute(status -> {
            RuleSetVersion stored = versions.findFirstByKindAndContentHashAndStatus(KIND, shippedHash,
                    RuleSetVersion.Status.PUBLISHED).orElseThrow();
            ActiveRuleSet pointer = pointers.findById(KIND).orElseThrow();
            pointer.activate(stored.getId(), SYSTEM, clock.instant());
            SystemTask.run(() -> audit.record(RuleAuditActions.RULES_ACTIVATED, "rule-set", stored.getNumber(),
                    "version " + brokenNumber + " does not build with this release: " + problems.getFirst().describe()));
            return stored;
        });
        active.set(new Active(fallback.getId(), fallback.getNumber(), built.kieBase(), built.ruleCount()));
    }

    Active active() {
        Active current = active.get();
        if (current == null) {
            awaitStart();
            current = active.get();
        }
        return current;
    }

    /** Makes a cleanly built version the one all evaluations in this instance use from now on. */
    void use(long versionId, int number, RuleSetBuilder.Outcome built) {
        active.set(new Active(versionId, number, built.kieBase(), built.ruleCount()));
        log.info("Recommendation rules version {} is active ({} rules)", number, built.ruleCount());
    }

    /** Every few seconds on each instance: another instance may have activated a version. */
    @Scheduled(fixedDelayString = "${nscl.rules.refresh-every:15s}")
    void followOnSchedule() {
        jobs.local("follow-active-rule-set", this::followActiveVersion);
    }

    /** Follows the database's active version. */
    void followActiveVersion() {
        Long activeId = transaction.execute(status -> pointers.findById(KIND)
                .map(ActiveRuleSet::getRuleSetVersionId).orElse(null));
        Active current = active.get();
        if (activeId == null || current == null || activeId == current.versionId()) {
            return;
        }
        Stored version = stored(activeId);
        RuleSetBuilder.Outcome built = RuleSetBuilder.build(version.content());
        if (built.ok()) {
            use(activeId, version.number(), built);
        } else {
            log.error("Active rule set version {} does not build here: {}", version.number(), built.problems());
        }
    }

    private long registerShipped(RuleFiles shipped, String shippedHash, int ruleCount) {
        var stored = versions.findFirstByKindAndContentHashAndStatus(KIND, shippedHash,
                RuleSetVersion.Status.PUBLISHED);
        var pointer = pointers.findById(KIND);
        if (stored.isEmpty()) {
            int number = versions.maxNumber(KIND) + 1;
            RuleSetVersion version = new RuleSetVersion(KIND, number, RuleSetVersion.Status.PUBLISHED,
                    "Quy tắc phát hành kèm ứng dụng / rules shipped with the application", shipped, SYSTEM,
                    clock.instant());
            version.publish(ruleCount);
            stored = java.util.Optional.of(versions.saveAndFlush(version));
            log.info("Stored the shipped rules as version {}{}", number,
                    pointer.isPresent() ? " (not activated: an officer chooses when)" : "");
        }
        if (pointer.isEmpty()) {
            pointers.save(new ActiveRuleSet(KIND, stored.get().getId(), SYSTEM, clock.instant()));
            return stored.get().getId();
        }
        return pointer.get().getRuleSetVersionId();
    }
}
