package vn.nscl.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Everything the results page and the PDF report show (Kết quả đánh giá). {@code asked} are the dimensions the
 * enterprise was asked, from the questionnaire version it answered.
 */
public record AssessmentResults(AssessmentSummary summary, String enterpriseName, Questionnaire questionnaire,
        List<Dimension> asked, ScoreCard scores, SectorBenchmark benchmark, List<DimensionScore> strengths,
        List<DimensionScore> gaps, IndicatorSnapshot indicators, Optional<Comparison> previous,
        List<TrendPoint> trend) {

    /** How much the dimension's score moved since the previous assessment; null when there is nothing to compare. */
    public BigDecimal change(String dimension) {
        return previous.flatMap(p -> p.changes().stream().filter(c -> c.dimension().equals(dimension)).findFirst())
                .map(Change::delta).orElse(null);
    }

    /** The change in each dimension since the enterprise's previous submitted assessment. */
    public record Comparison(AssessmentSummary previous, List<Change> changes) {
    }

    public record Change(String dimension, BigDecimal before, BigDecimal after) {

        public BigDecimal delta() {
            return before == null || after == null ? null : after.subtract(before);
        }
    }

    /** The overall index of one submitted assessment, for the trend over the years. */
    public record TrendPoint(int year, BigDecimal overall, Tier tier) {
    }
}
