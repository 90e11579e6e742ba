package vn.nscl.rulebase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
import org.kie.api.runtime.rule.AgendaFilter;

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
        run(base, facts, globals, FIRE_LIMIT, null);
    }

    /**
     * As {@link #run(KieBase, Collection, Map)}, with a fire limit for sessions that hold many facts (matching fires
     * a few rules per candidate expert).
     */
    public static void run(KieBase base, Collection<?> facts, Map<String, Object> globals, int fireLimit) {
        run(base, facts, globals, fireLimit, null);
    }

    /** As above, firing only the rules {@code only} accepts (all when null). */
    public static void run(KieBase base, Collection<?> facts, Map<String, Object> globals, int fireLimit,
            AgendaFilter only) {
        try (Session session = new Session(base, globals, only)) {
            facts.forEach(session::add);
            session.fire(fireLimit);
        }
    }

    /**
     * A session kept open to add facts and fire again, for a caller that decides from what the rules concluded so far
     * whether it needs more facts evaluated (matching looks at the most promising experts first). The time limit
     * counts from opening; close it in a try-with-resources.
     */
    public static Session open(KieBase base, Map<String, Object> globals) {
        return new Session(base, globals, null);
    }

    /** An open session of {@link #open}. */
    public static final class Session implements AutoCloseable {

        private final KieBase base;
        private final Map<String, Object> globals;
        private final AgendaFilter only;
        private final KieSession session;
        private final List<Object> facts = new ArrayList<>();
        private final AtomicBoolean timedOut = new AtomicBoolean();
        private final ScheduledFuture<?> watchdog;
        private int fired;

        private Session(KieBase base, Map<String, Object> globals, AgendaFilter only) {
            this.base = base;
            this.globals = globals;
            this.only = only;
            this.session = base.newKieSession();
            globals.forEach(session::setGlobal);
            this.watchdog = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                session.halt();
            }, TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        }

        public void add(Object fact) {
            facts.add(fact);
            session.insert(fact);
        }

        /**
         * Fires what the facts added so far make true; {@code fireLimit} counts every firing of this session. Past
         * a limit the facts are run again in a session that counts firings per rule, to name the runaway: counting
         * costs an event per firing, so only a run that hit a limit pays for it.
         */
        public void fire(int fireLimit) {
            fired += only == null ? session.fireAllRules(fireLimit - fired)
                    : session.fireAllRules(only, fireLimit - fired);
            if (fired >= fireLimit || timedOut.get()) {
                Map<String, Integer> firedByRule = new HashMap<>();
                counted(fireLimit, firedByRule);
                String busiest = firedByRule.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                        .map(Map.Entry::getKey).orElse("?");
                int counted = firedByRule.values().stream().mapToInt(Integer::intValue).sum();
                throw new RunawayRulesException(busiest, counted, counted < fireLimit);
            }
        }

        private void counted(int fireLimit, Map<String, Integer> firedByRule) {
            KieSession counting = base.newKieSession();
            counting.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firedByRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
            ScheduledFuture<?> countingWatchdog = WATCHDOG.schedule(counting::halt, TIME_LIMIT.toMillis(),
                    TimeUnit.MILLISECONDS);
            try {
                globals.forEach(counting::setGlobal);
                facts.forEach(counting::insert);
                if (only == null) {
                    counting.fireAllRules(fireLimit);
                } else {
                    counting.fireAllRules(only, fireLimit);
                }
            } finally {
                countingWatchdog.cancel(false);
                counting.dispose();
            }
        }

        @Override
        public void close() {
            watchdog.cancel(false);
            session.dispose();
        }
    }
}
