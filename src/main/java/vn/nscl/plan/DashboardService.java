package vn.nscl.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.reference.ReferenceData;
import vn.nscl.security.Role;
import vn.nscl.shared.UserFacingException;
import vn.nscl.tasks.BackgroundTasks;
import vn.nscl.tasks.TaskProgress;
import vn.nscl.tasks.TaskStatus;

/** The plan dashboard for officers, partner agencies and administrators: targets, areas, maturity, funnel. */
@Service
public class DashboardService {

    /** The background task kind of a statistics rebuild asked for on the dashboard. */
    public static final String STATISTICS_TASK = "plan-statistics";

    private final PlanTargetService targets;
    private final StatisticsSnapshot statistics;
    private final ReferenceData reference;
    private final BackgroundTasks tasks;
    private final Clock clock;

    DashboardService(PlanTargetService targets, StatisticsSnapshot statistics, ReferenceData reference,
            BackgroundTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.targets = targets;
        this.statistics = statistics;
        this.reference = reference;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PARTNER')")
    @Transactional(readOnly = true)
    public Dashboard forYear(int year, Locale locale) {
        if (year < PlanYears.FIRST || year > PlanYears.LAST) {
            throw new UserFacingException("plan.error.year", String.valueOf(PlanYears.FIRST),
                    String.valueOf(PlanYears.LAST));
        }
        boolean staff = Role.signedInIsStaff();
        return new Dashboard(year, targets.progress(),
                forReader(statistics.byArea(true, year, this::communeName), staff),
                forReader(statistics.byArea(false, year, code -> sectorName(code, locale)), staff),
                statistics.maturity(year), statistics.funnel(year), statistics.refreshedAt());
    }

    /**
     * Partner agencies see an area's average index only when at least {@link OpenDataService#MIN_CELL}
     * enterprises were assessed there: fewer would show one enterprise's result. The Department's staff see all.
     */
    private static List<AreaFigures> forReader(List<AreaFigures> areas, boolean staff) {
        return staff ? areas : areas.stream().map(a -> a.assessed() >= OpenDataService.MIN_CELL ? a
                : new AreaFigures(a.code(), a.name(), a.enterprises(), a.assessed(), null, a.supported())).toList();
    }

    /** Rebuilds the figures by commune, sector and year now, instead of at the next scheduled rebuild. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public long refreshStatistics() {
        return statistics.refresh(TaskProgress.NONE);
    }

    /**
     * Starts rebuilding the figures now as a background task (a year a step); an officer asking while a rebuild
     * runs follows that one.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public TaskStatus startStatisticsRebuild() {
        return tasks.start(STATISTICS_TASK, "all years", statistics::refresh);
    }

    /** The newest rebuild asked for by an officer, running or ended. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public Optional<TaskStatus> lastStatisticsRebuild() {
        return tasks.latest(STATISTICS_TASK, "all years");
    }

    /** Rebuilds the figures once any rebuild under way has finished: for start-up seeding, which must not fail. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public long refreshStatisticsWhenFree() {
        return statistics.refreshWhenFree();
    }

    /** The plan year shown first: this year, within the plan's span. */
    public int currentYear() {
        return Math.max(PlanYears.FIRST, Math.min(PlanYears.LAST, LocalDate.now(clock).getYear()));
    }

    private String communeName(String code) {
        return code.isEmpty() ? "–" : reference.communeName(code);
    }

    private String sectorName(String code, Locale locale) {
        return code.isEmpty() ? "–" : code + " · " + reference.sector(code).map(s -> s.name(locale)).orElse(code);
    }
}
