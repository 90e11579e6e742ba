package vn.nscl.plan;

import java.util.List;

/**
 * Everything the plan dashboard shows for one year. {@code maturity[i]} counts enterprises at level i (0–4); the
 * figures by area, maturity and funnel are those computed at {@code statisticsAsOf}; targets are always current.
 */
public record Dashboard(int year, List<TargetProgress> targets, List<AreaFigures> byCommune,
        List<AreaFigures> bySector, long[] maturity, Funnel funnel, java.time.Instant statisticsAsOf) {
}
