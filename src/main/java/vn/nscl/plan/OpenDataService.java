package vn.nscl.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nscl.catalogue.Catalogue;
import vn.nscl.reference.ReferenceData;
import vn.nscl.shared.UserFacingException;

/**
 * What the platform publishes to anyone: aggregated indicators (small cells suppressed), the programmes, the targets
 * with their actual values. Nothing here names a person or an enterprise.
 */
@Service
public class OpenDataService {

    /** The smallest number of enterprises a published cell may describe. */
    public static final int MIN_CELL = 5;

    /** How indicators may be grouped besides the year: one partition at a time, never crossed. */
    public enum Grouping {
        SECTOR, COMMUNE, NONE
    }

    private final StatisticsSnapshot statistics;
    private final PlanTargetService targets;
    private final Catalogue catalogue;
    private final ReferenceData reference;
    private final Clock clock;

    OpenDataService(StatisticsSnapshot statistics, PlanTargetService targets, Catalogue catalogue,
            ReferenceData reference, Clock clock) {
        this.statistics = statistics;
        this.targets = targets;
        this.catalogue = catalogue;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * Enterprises assessed per closed year (the running year is published once it has ended, so that successive
     * downloads cannot be compared to single out one new assessment), by the chosen grouping, with small cells and
     * the cells that would give them away withheld ({@link Suppression}).
     */
    @Transactional(readOnly = true)
    public List<IndicatorCell> indicators(Grouping grouping, Integer year) {
        int running = LocalDate.now(clock).getYear();
        checkYear(year);
        if (year != null && year >= running) {
            throw new UserFacingException("opendata.error.open-year", String.valueOf(year));
        }
        boolean byCommune = grouping == Grouping.COMMUNE;
        boolean bySector = grouping == Grouping.SECTOR;
        Map<Integer, List<Map<String, Object>>> byYear = new TreeMap<>();
        for (Map<String, Object> row : statistics.indicatorCells(byCommune, bySector, year)) {
            int cellYear = ((Number) row.get("cell_year")).intValue();
            if (cellYear < running) {
                byYear.computeIfAbsent(cellYear, y -> new ArrayList<>()).add(row);
            }
        }
        List<IndicatorCell> cells = new ArrayList<>();
        byYear.forEach((cellYear, rows) -> {
            boolean[] withheld = Suppression.withheld(rows.stream()
                    .map(r -> ((Number) r.get("enterprises")).intValue()).toList());
            for (int i = 0; i < rows.size(); i++) {
                cells.add(cell(cellYear, rows.get(i), byCommune, bySector, withheld[i]));
            }
        });
        return cells;
    }

    private IndicatorCell cell(int year, Map<String, Object> row, boolean byCommune, boolean bySector,
            boolean withheld) {
        String commune = byCommune ? (String) row.get("commune_code") : null;
        String sector = bySector ? (String) row.get("sector_code") : null;
        String communeName = commune == null ? null : reference.communeName(commune);
        if (withheld) {
            return new IndicatorCell(year, commune, communeName, sector, null, null, null, true);
        }
        int enterprises = ((Number) row.get("enterprises")).intValue();
        long scored = ((Number) row.get("scored")).longValue();
        BigDecimal average = scored == 0 ? null : new BigDecimal(row.get("score_sum").toString())
                .divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_UP);
        BigDecimal mature = BigDecimal.valueOf(((Number) row.get("mature")).longValue() * 100.0 / enterprises)
                .setScale(1, RoundingMode.HALF_UP);
        return new IndicatorCell(year, commune, communeName, sector, enterprises, average, mature, false);
    }

    public List<OpenProgramme> programmes(Locale locale) {
        return catalogue.programmes().stream().map(p -> new OpenProgramme(p.code(), p.name(locale), p.planRef(),
                p.description().in(locale))).toList();
    }

    @Transactional(readOnly = true)
    public List<OpenTarget> targets(int year, Locale locale) {
        checkYear(year);
        return targets.publicProgress().stream().map(p -> new OpenTarget(p.target().code(),
                p.target().name(locale), p.target().sourceItem(), p.target().unit(locale), p.target().yearFrom(),
                p.target().yearTo(), p.target().targetMin(), p.target().targetMax(), year, p.actualIn(year),
                p.statusIn(year))).toList();
    }

    private static void checkYear(Integer year) {
        if (year != null && (year < PlanYears.FIRST || year > PlanYears.LAST)) {
            throw new UserFacingException("plan.error.year", String.valueOf(PlanYears.FIRST),
                    String.valueOf(PlanYears.LAST));
        }
    }
}
