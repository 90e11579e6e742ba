package vn.nscl.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nscl.shared.Jobs;
import vn.nscl.shared.UserFacingException;
import vn.nscl.tasks.TaskProgress;

/**
 * The province's figures per year, commune and sector as last computed: rebuilt from the records every few minutes
 * (and when an officer asks), read by the dashboard, the annual report and the open data. Reading a few thousand
 * stored cells instead of aggregating every assessment keeps those pages fast at any size (ADR 010); the pages say
 * when the figures were computed. Rebuilds are serialised by a row lock, so instances of a cluster never clash.
 */
@Component
class StatisticsSnapshot {

    private static final Logger log = LoggerFactory.getLogger(StatisticsSnapshot.class);

    private final PlanStatistics statistics;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final Jobs jobs;
    /** How long after a scheduled rebuild the other instances' schedules skip theirs (ShedLock's "at least"). */
    private final Duration quietAfterRebuild;
    private final Clock clock;
    /** Rebuilds of this instance, one at a time (the row lock serialises those of different instances). */
    private final ReentrantLock running = new ReentrantLock();

    StatisticsSnapshot(PlanStatistics statistics, JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction,
            Jobs jobs, @Value("${nscl.plan.statistics-quiet:PT1M}") Duration quietAfterRebuild, Clock clock) {
        this.jobs = jobs;
        this.quietAfterRebuild = quietAfterRebuild;
        this.statistics = statistics;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Every few minutes, on one instance of the cluster (the lock's "at least" time stops the others' schedules from
     * repeating it), and only once this instance is ready: a rebuild during start-up would meet the seeding.
     */
    @Scheduled(fixedDelayString = "${nscl.plan.statistics-refresh:PT10M}",
            initialDelayString = "${nscl.plan.statistics-first-refresh:PT15S}")
    void scheduledRefresh() {
        jobs.once("plan-statistics", quietAfterRebuild, Duration.ofMinutes(30), () -> {
            try {
                refresh(TaskProgress.NONE);
            } catch (UserFacingException busy) {
                log.info("Plan statistics are being rebuilt at an officer's request; skipped this time");
            }
        });
    }

    /**
     * Rebuilds every plan year up to this one in one transaction; returns how long it took in milliseconds. While
     * another rebuild runs (here, or on another instance, which holds the row lock) this one does not wait: it is
     * told the figures are being recomputed, so no screen hangs on it.
     */
    long refresh(TaskProgress progress) {
        if (!running.tryLock()) {
            throw new UserFacingException("dashboard.error.busy");
        }
        try {
            return rebuild("for update nowait", progress);
        } catch (PessimisticLockingFailureException | QueryTimeoutException busy) {
            throw new UserFacingException("dashboard.error.busy");
        } catch (DataAccessException failure) {
            if (lockNotAvailable(failure)) { // PostgreSQL's answer to NOWAIT, which Spring leaves uncategorised
                throw new UserFacingException("dashboard.error.busy");
            }
            throw failure;
        } finally {
            running.unlock();
        }
    }

    private static boolean lockNotAvailable(DataAccessException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Rebuilds after any rebuild under way has finished (start-up seeding, which must not fail on a busy lock). */
    long refreshWhenFree() {
        running.lock();
        try {
            return rebuild("for update", TaskProgress.NONE);
        } finally {
            running.unlock();
        }
    }

    /** A cancel between two years rolls the whole rebuild back: the figures stay as they were, never half-new. */
    private long rebuild(String lock, TaskProgress progress) {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select refreshed_at from plan_refresh where id = 1 " + lock).query().singleRow();
            int last = Math.min(PlanYears.LAST, LocalDate.now(clock).getYear());
            progress.total(last - PlanYears.FIRST + 1L);
            for (int year = PlanYears.FIRST; year <= last; year++) {
                progress.checkpoint();
                jdbc.sql("delete from plan_cell where cell_year = :year").param("year", year).update();
                List<Object[]> rows = new ArrayList<>();
                for (PlanStatistics.Cell c : statistics.cells(year)) {
                    rows.add(new Object[] {year, c.commune(), c.sector(), c.registered(), c.assessed(), c.scored(),
                            c.scoreSum(), c.mature(), c.levels()[0], c.levels()[1], c.levels()[2], c.levels()[3],
                            c.levels()[4], c.supported()});
                }
                batch.batchUpdate("""
                        insert into plan_cell (cell_year, commune_code, sector_code, registered, assessed, scored,
                          score_sum, mature, level0, level1, level2, level3, level4, supported)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
                Funnel f = statistics.funnel(year);
                jdbc.sql("delete from plan_funnel where funnel_year = :year").param("year", year).update();
                jdbc.sql("""
                        insert into plan_funnel (funnel_year, assessed, recommended, matched, supported, reassessed,
                          average_before, average_after)
                        values (:year, :assessed, :recommended, :matched, :supported, :reassessed, :before, :after)""")
                        .param("year", year).param("assessed", f.assessed()).param("recommended", f.recommended())
                        .param("matched", f.matched()).param("supported", f.supported())
                        .param("reassessed", f.reassessed()).param("before", f.averageBefore())
                        .param("after", f.averageAfter()).update();
                progress.advance(1);
            }
            jdbc.sql("update plan_refresh set refreshed_at = :at where id = 1")
                    .param("at", OffsetDateTime.now(clock)).update();
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("Plan statistics rebuilt in {} ms", millis);
        return millis;
    }

    Instant refreshedAt() {
        return jdbc.sql("select refreshed_at from plan_refresh where id = 1").query(OffsetDateTime.class).single()
                .toInstant();
    }

    /** A year's figures per commune ({@code true}) or per sector ({@code false}), named by {@code names}. */
    List<AreaFigures> byArea(boolean byCommune, int year, Function<String, String> names) {
        String area = byCommune ? "commune_code" : "sector_code";
        return jdbc.sql("select " + area + ", sum(registered), sum(assessed), sum(score_sum), sum(scored), "
                + "sum(supported) from plan_cell where cell_year = :year group by " + area)
                .param("year", year).query((rs, n) -> {
                    long scored = rs.getLong(5);
                    return new AreaFigures(rs.getString(1), names.apply(rs.getString(1)), rs.getLong(2),
                            rs.getLong(3), scored == 0 ? null : rs.getBigDecimal(4)
                                    .divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_UP), rs.getLong(6));
                }).list().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    long[] maturity(int year) {
        return jdbc.sql("select coalesce(sum(level0), 0), coalesce(sum(level1), 0), coalesce(sum(level2), 0), "
                + "coalesce(sum(level3), 0), coalesce(sum(level4), 0) from plan_cell where cell_year = :year")
                .param("year", year).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)}).single();
    }

    Funnel funnel(int year) {
        return jdbc.sql("select assessed, recommended, matched, supported, reassessed, average_before, average_after "
                + "from plan_funnel where funnel_year = :year").param("year", year)
                .query((rs, n) -> new Funnel(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7))).optional()
                .orElse(new Funnel(0, 0, 0, 0, 0, null, null));
    }

    /** Open data cells: per year and the chosen groupings, enterprises assessed, index sum and count, mature. */
    List<Map<String, Object>> indicatorCells(boolean byCommune, boolean bySector, Integer year) {
        List<String> groups = new ArrayList<>(List.of("cell_year"));
        if (byCommune) {
            groups.add("commune_code");
        }
        if (bySector) {
            groups.add("sector_code");
        }
        String grouping = String.join(", ", groups);
        return jdbc.sql("select " + grouping + ", sum(assessed) as enterprises, sum(score_sum) as score_sum, "
                + "sum(scored) as scored, sum(mature) as mature from plan_cell where assessed > 0"
                + (year == null ? "" : " and cell_year = :year") + " group by " + grouping + " order by " + grouping)
                .params(year == null ? Map.of() : Map.of("year", year)).query().listOfRows();
    }
}
