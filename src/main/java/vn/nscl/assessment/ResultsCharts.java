package vn.nscl.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.nscl.shared.ui.SvgCharts;

/** The pictures of a result, drawn once for the screen and the PDF alike. */
public final class ResultsCharts {

    static final String ENTERPRISE_COLOUR = "#0b6e4f";
    static final String SECTOR_COLOUR = "#e08a00";
    static final String PREVIOUS_COLOUR = "#667085";

    private ResultsCharts() {
    }

    /** The enterprise's dimension scores, the sector average and the previous assessment, on one radar. */
    public static String radar(AssessmentResults results, Locale locale, Function<String, String> translate) {
        List<Dimension> axes = results.asked().stream()
                .filter(d -> results.scores().dimension(d.code()).isPresent()).toList();
        List<SvgCharts.Series> series = new ArrayList<>();
        series.add(new SvgCharts.Series(translate.apply("results.series.enterprise"), ENTERPRISE_COLOUR,
                values(axes, results.scores().dimensions().stream()
                        .collect(Collectors.toMap(DimensionScore::dimension, DimensionScore::score))), false));
        if (results.benchmark().available()) {
            series.add(new SvgCharts.Series(translate.apply("results.series.sector"), SECTOR_COLOUR,
                    values(axes, results.benchmark().averages()), false));
        }
        results.previous().ifPresent(previous -> series.add(new SvgCharts.Series(
                translate.apply("results.series.previous"), PREVIOUS_COLOUR, values(axes, previous.changes().stream()
                        .filter(c -> c.before() != null)
                        .collect(Collectors.toMap(AssessmentResults.Change::dimension, AssessmentResults.Change::before))),
                true)));
        return SvgCharts.radar(axes.stream().map(d -> d.name().in(locale)).toList(), series,
                translate.apply("results.radar"));
    }

    /** The overall index of each submitted assessment over time. */
    public static String trend(AssessmentResults results, Function<String, String> translate) {
        List<String> labels = results.trend().stream().map(p -> String.valueOf(p.year())).toList();
        List<Double> values = results.trend().stream()
                .map(p -> p.overall() == null ? null : p.overall().doubleValue()).toList();
        return SvgCharts.line(labels, new SvgCharts.Series(translate.apply("results.overall"), ENTERPRISE_COLOUR,
                values, false), translate.apply("results.trend"));
    }

    /** The overall index of an enterprise's submitted assessments, oldest first, for DOST's page of it. */
    public static String trend(List<AssessmentSummary> newestFirst, Function<String, String> translate) {
        List<AssessmentSummary> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        List<String> labels = oldestFirst.stream().map(s -> vn.nscl.shared.ui.Formats.date(s.submittedAt()))
                .toList();
        List<Double> values = oldestFirst.stream().map(s -> s.overall() == null ? null : s.overall().doubleValue())
                .toList();
        return SvgCharts.line(labels, new SvgCharts.Series(translate.apply("results.overall"), ENTERPRISE_COLOUR,
                values, false), translate.apply("results.trend"));
    }

    private static List<Double> values(List<Dimension> axes, Map<String, BigDecimal> byDimension) {
        return axes.stream().map(d -> byDimension.get(d.code()))
                .map(v -> v == null ? null : v.doubleValue()).toList();
    }
}
