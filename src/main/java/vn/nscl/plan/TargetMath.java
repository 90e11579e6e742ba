package vn.nscl.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of targets, kept free of storage so it can be checked by hand: actual values per year from the
 * records behind them or from reported yearly figures, and the status of each year against the target.
 */
final class TargetMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetMath() {
    }

    /** Actual values per plan year from the records behind a platform metric; empty for years still to come. */
    static Map<Integer, BigDecimal> fromEvents(TargetKind kind, int from, List<PlanEvent> events, LocalDate today) {
        Map<Integer, BigDecimal> actual = new LinkedHashMap<>();
        for (int year = PlanYears.FIRST; year <= Math.min(PlanYears.LAST, today.getYear()); year++) {
            int y = year;
            actual.put(year, switch (kind) {
                case CUMULATIVE -> distinct(events, from, y, false, today);
                case YEARLY -> distinct(events, y, y, false, today);
                case GROWTH -> growth(distinct(events, y - 1, y - 1, false, today),
                        projected(distinct(events, y, y, false, today), y, today));
                case AVERAGE -> {
                    BigDecimal groups = distinct(events, from, y, true, today);
                    yield groups.signum() == 0 ? null
                            : distinct(events, from, y, false, today).divide(groups, 1, RoundingMode.HALF_UP);
                }
            });
        }
        return actual;
    }

    /**
     * The actual values with the Department's entered figures of earlier years in place: an entered year shows its
     * figure; a cumulative target keeps counting from the latest entered year (its figure plus what was recorded
     * since), so the platform's own records add to what was achieved before it.
     */
    static Map<Integer, BigDecimal> withEntered(TargetKind kind, Map<Integer, BigDecimal> computed,
            Map<Integer, BigDecimal> entered) {
        Map<Integer, BigDecimal> actual = new LinkedHashMap<>(computed);
        Integer base = null;
        for (int year = PlanYears.FIRST; year <= PlanYears.LAST; year++) {
            if (entered.containsKey(year)) {
                actual.put(year, entered.get(year));
                base = year;
            } else if (kind == TargetKind.CUMULATIVE && base != null && computed.containsKey(year)) {
                BigDecimal since = orZero(computed.get(year)).subtract(orZero(computed.get(base)));
                actual.put(year, entered.get(base).add(since.max(BigDecimal.ZERO)));
            }
        }
        return actual;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Actual values per plan year from a partner's yearly figures (what it did that year); null where not reported. */
    static Map<Integer, BigDecimal> fromFigures(TargetKind kind, int from, Map<Integer, BigDecimal> figures,
            LocalDate today) {
        Map<Integer, BigDecimal> actual = new LinkedHashMap<>();
        for (int year = PlanYears.FIRST; year <= Math.min(PlanYears.LAST, today.getYear()); year++) {
            BigDecimal value = switch (kind) {
                case CUMULATIVE -> {
                    BigDecimal sum = null;
                    for (int y = from; y <= year; y++) {
                        if (figures.get(y) != null) {
                            sum = (sum == null ? BigDecimal.ZERO : sum).add(figures.get(y));
                        }
                    }
                    yield sum;
                }
                case YEARLY, AVERAGE -> figures.get(year);
                // a partner reports a whole year's figure: nothing to project
                case GROWTH -> growth(figures.get(year - 1), figures.get(year));
            };
            actual.put(year, value);
        }
        return actual;
    }

    /**
     * A year's status. A cumulative target is judged against the pace that reaches it by the period's end (straight
     * line, by elapsed share of the period); a yearly one against its value, the running year pro rata.
     */
    static TargetStatus status(TargetKind kind, int from, int to, BigDecimal min, BigDecimal actual, int year,
            LocalDate today) {
        if (year < from || year > to) {
            return TargetStatus.OUT_OF_PERIOD;
        }
        if (year > today.getYear()) {
            return TargetStatus.NOT_STARTED;
        }
        if (actual == null) {
            return TargetStatus.NO_DATA;
        }
        if (actual.compareTo(min) >= 0 && !(kind == TargetKind.GROWTH && year == today.getYear())) {
            return TargetStatus.ACHIEVED;
        }
        boolean running = year == today.getYear();
        double yearShare = running ? (today.getDayOfYear() - 1) / (double) today.lengthOfYear() : 1.0;
        double expected = switch (kind) {
            case CUMULATIVE -> {
                if (!running && year >= to) {
                    yield Double.MAX_VALUE;
                }
                yield min.doubleValue() * Math.min(1.0, (year - from + yearShare) / (to - from + 1));
            }
            case YEARLY -> running ? min.doubleValue() * yearShare : Double.MAX_VALUE;
            case GROWTH, AVERAGE -> running ? min.doubleValue() : Double.MAX_VALUE;
        };
        if (expected == Double.MAX_VALUE) {
            return TargetStatus.NOT_ACHIEVED;
        }
        return actual.doubleValue() >= expected ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK;
    }

    /**
     * Distinct records (or their groups) that count from a year to a year, both included, and still count at the
     * end of the last one (today for the running year).
     */
    private static BigDecimal distinct(List<PlanEvent> events, int fromYear, int toYear, boolean groups,
            LocalDate today) {
        LocalDate end = toYear == today.getYear() ? today : LocalDate.of(toYear, 12, 31);
        Set<String> seen = new HashSet<>();
        for (PlanEvent event : events) {
            int year = event.day().getYear();
            if (year >= fromYear && year <= toYear && event.countsOn(end)) {
                seen.add(groups ? event.group() : event.key());
            }
        }
        return BigDecimal.valueOf(seen.size());
    }

    /** The running year's count so far projected to the whole year (a half year's count would look like a fall). */
    private static BigDecimal projected(BigDecimal soFar, int year, LocalDate today) {
        if (year != today.getYear()) {
            return soFar;
        }
        double share = Math.max(1, today.getDayOfYear() - 1) / (double) today.lengthOfYear();
        return BigDecimal.valueOf(soFar.doubleValue() / share);
    }

    /** Growth over the year before in percent; none without a base to grow from. */
    private static BigDecimal growth(BigDecimal before, BigDecimal now) {
        if (before == null || now == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(HUNDRED).divide(before, 1, RoundingMode.HALF_UP);
    }
}
