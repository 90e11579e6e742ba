package vn.nscl.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** How indicators may be grouped besides the year. */
    public enum Grouping {
        SECTOR, COMMUNE, COMMUNE_SECTOR, NONE
    }

    private final StatisticsSnapshot statistics;
    private final PlanTargetService targets;
    private final Catalogue catalogue;
    private final ReferenceData reference;

    OpenDataService(StatisticsSnapshot statistics, PlanTargetService targets, Catalogue catalogue,
            ReferenceData reference) {
        this.statistics = statistics;
        this.targets = targets;
        this.catalogue = catalogue;
        this.reference = reference;
    }

    @Transactional(readOnly = true)
    public List<IndicatorCell> indicators(Grouping grouping, Integer year) {
        checkYear(year);
        boolean byCommune = grouping == Grouping.COMMUNE || grouping == Grouping.COMMUNE_SECTOR;
        boolean bySector = grouping == Grouping.SECTOR || grouping == Grouping.COMMUNE_SECTOR;
        List<IndicatorCell> cells = new ArrayList<>();
        for (Map<String, Object> row : statistics.indicatorCells(byCommune, bySector, year)) {
            int enterprises = ((Number) row.get("enterprises")).intValue();
            String commune = byCommune ? (String) row.get("commune_code") : null;
            String sector = bySector ? (String) row.get("sector_code") : null;
            int cellYear = ((Number) row.get("cell_year")).intValue();
            if (enterprises < MIN_CELL) {
                cells.add(new IndicatorCell(cellYear, commune, commune == null ? null : reference.communeName(commune),
                        sector, null, null, null, true));
                continue;
            }
            long scored = ((Number) row.get("scored")).longValue();
            BigDecimal average = scored == 0 ? null : new BigDecimal(row.get("score_sum").toString())
                    .divide(BigDecimal.valueOf(scored), 1, RoundingMode.HALF_UP);
            BigDecimal mature = BigDecimal.valueOf(((Number) row.get("mature")).longValue() * 100.0 / enterprises)
                    .setScale(1, RoundingMode.HALF_UP);
            cells.add(new IndicatorCell(cellYear, commune, commune == null ? null : reference.communeName(commune),
                    sector, enterprises, average, mature, false));
        }
        return cells;
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
        if (year != null && (year < TargetMath.PLAN_FIRST_YEAR || year > TargetMath.PLAN_LAST_YEAR)) {
            throw new UserFacingException("plan.error.year", String.valueOf(TargetMath.PLAN_FIRST_YEAR),
                    String.valueOf(TargetMath.PLAN_LAST_YEAR));
        }
    }
}
