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
        KieSession session = base.newKieSession();
        AtomicBoolean timedOut = new AtomicBoolean();
        Map<String, Integer> firedByRule = new HashMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                firedByRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            timedOut.set(true);
            session.halt();
        }, TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            globals.forEach(session::setGlobal);
            facts.forEach(session::insert);
            int fired = session.fireAllRules(FIRE_LIMIT);
            if (fired >= FIRE_LIMIT || timedOut.get()) {
                String busiest = firedByRule.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                        .map(Map.Entry::getKey).orElse("?");
                throw new RunawayRulesException(busiest, fired, timedOut.get());
            }
        } finally {
            watchdog.cancel(false);
            session.dispose();
        }
    }
}
