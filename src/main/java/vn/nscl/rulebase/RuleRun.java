package vn.nscl.rulebase;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs a rule base over one set of facts in a fresh session, within limits: at most {@link #FIRE_LIMIT} firings and
 * {@link #TIME_LIMIT} of time. A sound rule set fires a few dozen times in milliseconds; past a limit the session is
 * halted and {@link RunawayRulesException} names the rule that fired most, so a dry run stops with a clear message
 * instead of hanging a server thread.
 */
public final class RuleRun {

    public static final int FIRE_LIMIT = 5_000;
    public static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rule-run-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private RuleRun() {
    }

    /** Inserts the facts, sets the globals and fires the rules; the globals then hold the results. */
    public static void run(KieBase base, Collection<?> facts, Map<String, Object> globals) {
        run(base, facts, globals, FIRE_LIMIT);
    }

    /**
     * As {@link #run(KieBase, Collection, Map)}, with a fire limit for sessions that hold many facts (matching fires
     * a few rules per candidate expert).
     */
    public static void run(KieBase base, Collection<?> facts, Map<String, Object> globals, int fireLimit) {
        // Counting firings per rule costs an event per firing; it is needed only to name a runaway rule, so a run
        // goes without it and only a run that hit a limit is repeated with it.
        if (!fire(base, facts, globals, fireLimit, null)) {
            Map<String, Integer> firedByRule = new HashMap<>();
            fire(base, facts, globals, fireLimit, firedByRule);
            String busiest = firedByRule.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                    .map(Map.Entry::getKey).orElse("?");
            int fired = firedByRule.values().stream().mapToInt(Integer::intValue).sum();
            throw new RunawayRulesException(busiest, fired, fired < fireLimit);
        }
    }

    /** One session: true when it ended within the limits; {@code firedByRule}, when given, counts firings. */
    private static boolean fire(KieBase base, Collection<?> facts, Map<String, Object> globals, int fireLimit,
            Map<String, Integer> firedByRule) {
        KieSession session = base.newKieSession();
        AtomicBoolean timedOut = new AtomicBoolean();
        if (firedByRule != null) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firedByRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
        }
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            session.halt();
        }, TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            globals.forEach(session::setGlobal);
            facts.forEach(session::insert);
            int fired = session.fireAllRules(fireLimit);
            return fired < fireLimit && !timedOut.get();
        } finally {
            watchdog.cancel(false);
            session.dispose();
        }
    }
}
