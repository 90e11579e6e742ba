package vn.nscl.plan;

import java.time.Instant;
import java.util.List;

/** The content of the yearly report on the plan's implementation, before it is laid out as XLSX or PDF. */
public record AnnualReport(int year, String province, Instant generatedAt, List<TargetProgress> targets,
        List<ProgrammeResult> programmes, List<Narrative> narratives, List<AreaFigures> byCommune,
        List<AreaFigures> bySector, long[] maturity, Funnel funnel) {

    /**
     * A partner agency's narrative for the year; {@code text} is null when it has not reported. {@code department}:
     * the Department itself, which reports through the platform and never counts as a partner that did not report.
     */
    public record Narrative(String agency, String text, Instant submittedAt, boolean department) {
    }
}
